// Type-aware lint. The engine override keeps src/engine free of every host (README, "Development");
// the app override lets src/app (the use cases) reach hosts only through the WorkbookHost port.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettierOff from "eslint-config-prettier";

const hostModules = [
  "react",
  "react-dom",
  "react-dom/*",
  "@fluentui/*",
  "exceljs",
  "fs",
  "fs/*",
  "node:*",
  "path",
  "os",
  "child_process",
  "office-addin-*",
  "@microsoft/office-js",
];

export default tseslint.config(
  {
    ignores: [
      "build/**/*.js",
      "dist/**",
      "dist-cli/**",
      "node_modules/**",
      "coverage/**",
      "demo/**",
      "test-artifacts/**",
      "*.config.js",
      "*.config.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: hostModules.map((group) => ({
            group: [group],
            message: "src/engine is pure: no host, UI or file-system imports.",
          })),
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "src/engine must not touch Excel." },
        { name: "Office", message: "src/engine must not touch Office." },
        { name: "CustomFunctions", message: "src/engine must not touch CustomFunctions." },
        { name: "document", message: "src/engine must not touch the DOM." },
        { name: "window", message: "src/engine must not touch the DOM." },
        { name: "process", message: "src/engine must not touch the process." },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...hostModules.map((group) => ({
              group: [group],
              message: "src/app runs on every host: no host library, UI or file system.",
            })),
            {
              group: ["**/host/*/**", "**/cli/**", "**/taskpane/**", "**/functions/**"],
              message:
                "src/app reaches a workbook only through src/host's port (workbookHost, stamp).",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "src/app must not touch Excel." },
        { name: "Office", message: "src/app must not touch Office." },
        { name: "document", message: "src/app must not touch the DOM." },
        { name: "window", message: "src/app must not touch the DOM." },
        { name: "process", message: "src/app must not touch the process." },
      ],
    },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  // Formatting is Prettier's (run by `npm run lint`); its config turns off the rules it owns.
  prettierOff,
);
