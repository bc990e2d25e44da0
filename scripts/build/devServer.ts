// `npm start`: the add-in built in development mode and served over https on localhost:3000 by
// webpack-dev-server, as Microsoft's add-in templates do (Office loads add-ins only over https).
// The certificate is office-addin-dev-certs' localhost certificate, which it makes and asks the user
// to trust once; C2C_DEV_CERT and C2C_DEV_KEY (PEM files; C2C_DEV_CA optional) give another one
// instead, as the build test does with a certificate made on the fly. C2C_DEV_PORT moves the port.

import { readFileSync } from "node:fs";

export const DEFAULT_DEV_PORT = 3000;

export interface HttpsCertificate {
  readonly key: string | Buffer;
  readonly cert: string | Buffer;
  readonly ca?: string | Buffer;
}

export interface DevServerConfig {
  readonly port: number;
  readonly host: string;
  readonly server: { readonly type: "https"; readonly options: HttpsCertificate };
  readonly headers: Readonly<Record<string, string>>;
  readonly hot: boolean;
  readonly client: { readonly overlay: boolean };
}

type Environment = Readonly<Record<string, string | undefined>>;

export function devServerPort(environment: Environment): number {
  const text = environment.C2C_DEV_PORT;
  if (text === undefined || text === "") return DEFAULT_DEV_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new RangeError(`C2C_DEV_PORT must be a port number from 1 to 65535, not "${text}"`);
  return port;
}

/** The certificate the files name, or null when C2C_DEV_CERT is not set. */
export function certificateFromFiles(environment: Environment): HttpsCertificate | null {
  const certPath = environment.C2C_DEV_CERT;
  if (certPath === undefined || certPath === "") return null;
  const keyPath = environment.C2C_DEV_KEY;
  if (keyPath === undefined || keyPath === "")
    throw new Error("C2C_DEV_CERT is set but C2C_DEV_KEY (the certificate's private key) is not");
  const caPath = environment.C2C_DEV_CA;
  return {
    cert: readFileSync(certPath),
    key: readFileSync(keyPath),
    ...(caPath === undefined || caPath === "" ? {} : { ca: readFileSync(caPath) }),
  };
}

export async function devServerConfig(environment: Environment): Promise<DevServerConfig> {
  const options = certificateFromFiles(environment) ?? (await trustedLocalhostCertificate());
  return {
    port: devServerPort(environment),
    host: "localhost",
    server: { type: "https", options },
    // Excel on the web loads the functions metadata and scripts from another origin.
    headers: { "Access-Control-Allow-Origin": "*" },
    // A reloading pane would lose its session; rebuild and let the user reopen the pane.
    hot: false,
    client: { overlay: false },
  };
}

/** office-addin-dev-certs: installs its CA in the user's store on first use (asking to trust it). */
async function trustedLocalhostCertificate(): Promise<HttpsCertificate> {
  const devCerts = await import("office-addin-dev-certs");
  const { ca, cert, key } = await devCerts.getHttpsServerOptions();
  return { ca, cert, key };
}
