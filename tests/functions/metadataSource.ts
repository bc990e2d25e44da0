// Generates functions.json from src/functions/functions.ts the way the webpack build does
// (custom-functions-metadata, then build/functionsMetadata.js), without webpack.

import path from "node:path";
import { generateCustomFunctionsMetadata, type IAssociate } from "custom-functions-metadata";
import { postprocessFunctionsMetadata } from "../../build/functionsMetadata";

export const FUNCTIONS_ENTRY = path.resolve(__dirname, "../../src/functions/functions.ts");

export interface MetadataParameter {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
  readonly repeating?: boolean;
}

export interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters: readonly MetadataParameter[];
  readonly result: { readonly dimensionality?: string; readonly type?: string };
  readonly options?: Record<string, unknown>;
}

export interface Metadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly allowCustomDataForDataTypeAny?: boolean;
  readonly functions: readonly MetadataFunction[];
}

export interface GeneratedMetadata {
  readonly metadata: Metadata;
  readonly associate: readonly IAssociate[];
}

export async function generateMetadata(): Promise<GeneratedMetadata> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_ENTRY);
  if (generated.errors.length > 0)
    throw new Error(`custom-functions-metadata reported:\n${generated.errors.join("\n")}`);
  const metadata = postprocessFunctionsMetadata(
    JSON.parse(generated.metadataJson) as Metadata & { functions: unknown[] },
  );
  return { metadata, associate: generated.associate };
}
