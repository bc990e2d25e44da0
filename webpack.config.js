// Builds the add-in into dist/ (or $C2C_DIST_DIR): taskpane.html + taskpane.js (React pane),
// functions.js (custom functions, no React), functions.json (generated from the JSDoc) with
// functions-fr.json and functions-es.json beside it (names and help from src/functions/texts), help.html
// with help-fr.html and help-es.html (each language's functions.json rendered), manifest.xml and the icons, with every development URL rewritten to $ADDIN_BASE_URL.
// Type checking is `npm run typecheck`; here ts-loader only transpiles, which keeps builds fast.
"use strict";

const path = require("node:path");
const { Compilation, WebpackError, sources } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { require: requireTypeScript } = require("tsx/cjs/api");
const { postprocessFunctionsMetadata } = require("./build/functionsMetadata");

// The pure build helpers are TypeScript (linted, typed and unit-tested under tests/build/).
const { readAddinBaseUrl, rebaseManifest, rebaseUrls } = requireTypeScript(
  "./scripts/build/addinBaseUrl.ts",
  __filename,
);
const { helpPageFile, readFunctionsMetadata, renderHelpPage } = requireTypeScript(
  "./scripts/build/helpPage.ts",
  __filename,
);
const { devServerConfig } = requireTypeScript("./scripts/build/devServer.ts", __filename);
const { localisedMetadata } = requireTypeScript("./scripts/build/localisedMetadata.ts", __filename);
const { FUNCTION_TEXTS } = requireTypeScript("./src/functions/texts/index.ts", __filename);

const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const FUNCTIONS_METADATA = "functions.json";
/** The functions' names and help in each further language, beside functions.json (manifest bt:Override). */
const LOCALISED_METADATA = { fr: "functions-fr.json", es: "functions-es.json" };
const FUNCTIONS_NAMESPACE = "C2C"; // must match Functions.Namespace in manifest.xml
const PLUGIN_NAME = "C2CAddinAssets";

/**
 * Runs after custom-functions-metadata-plugin has emitted functions.json: applies the project's
 * post-processing (build/functionsMetadata.js), points the help links at the hosting site, writes
 * the French and Spanish metadata, and renders each language's help page from that language's
 * metadata (help.html, help-fr.html, help-es.html) so every helpUrl anchor exists.
 */
class AddinAssetsPlugin {
  /** @param {string} baseUrl */
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS },
        () => {
          const asset = compilation.getAsset(FUNCTIONS_METADATA);
          if (asset === undefined) {
            // The metadata plugin reports its own errors (e.g. a JSDoc problem); add one only if it did not.
            if (compilation.errors.length === 0)
              compilation.errors.push(
                new WebpackError(`${FUNCTIONS_METADATA} was not generated from ${FUNCTIONS_ENTRY}`),
              );
            return;
          }
          const metadata = postprocessFunctionsMetadata(
            JSON.parse(asset.source.source().toString()),
          );
          const json = rebaseUrls(JSON.stringify(metadata, null, 4), this.baseUrl);
          compilation.updateAsset(FUNCTIONS_METADATA, new sources.RawSource(json));
          const emitHelpPage = (language, metadataJson) =>
            compilation.emitAsset(
              helpPageFile(language),
              new sources.RawSource(
                renderHelpPage(
                  readFunctionsMetadata(JSON.parse(metadataJson)),
                  FUNCTIONS_NAMESPACE,
                  language,
                ),
              ),
            );
          emitHelpPage("en", json);
          for (const [language, file] of Object.entries(LOCALISED_METADATA)) {
            const localised = localisedMetadata(metadata, FUNCTION_TEXTS[language], language);
            const localisedJson = rebaseUrls(JSON.stringify(localised, null, 4), this.baseUrl);
            compilation.emitAsset(file, new sources.RawSource(localisedJson));
            emitHelpPage(language, localisedJson);
          }
        },
      );
    });
  }
}

module.exports = (env, argv) => {
  const config = addinConfig(argv);
  // `webpack serve` (npm start): the same build served over https (scripts/build/devServer.ts).
  if (env.WEBPACK_SERVE !== true) return config;
  return devServerConfig(process.env).then((devServer) => ({ ...config, devServer }));
};

function addinConfig(argv) {
  const production = argv.mode !== "development";
  const baseUrl = readAddinBaseUrl(process.env.ADDIN_BASE_URL);
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    // functions first: in the shared runtime taskpane.html loads both, and the functions should
    // register before the pane's larger bundle is evaluated.
    entry: {
      functions: FUNCTIONS_ENTRY,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: process.env.C2C_DIST_DIR
        ? path.resolve(process.env.C2C_DIST_DIR)
        : path.resolve(__dirname, "dist"),
      // Fixed names: the manifest refers to functions.js, and taskpane.html is regenerated with the pane.
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // Lets sources import "./x.js" for ./x.ts, as TypeScript's Bundler resolution allows.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      // csv-parse's Node build uses the Buffer global; its browser build carries its own.
      alias: {
        "csv-parse/sync$": path.resolve(__dirname, "node_modules/csv-parse/dist/esm/sync.js"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, "tsconfig.json"),
            // tsconfig.json is the type-checking config (noEmit); webpack needs emitted ES modules.
            compilerOptions: {
              noEmit: false,
              module: "ESNext",
              target: "ES2020",
              sourceMap: !production,
            },
          },
        },
      ],
    },
    performance: {
      // The pane carries React, Fluent UI and the texts of three languages (the catalogue's names
      // and bases, the pane's and the problems' messages); the limits catch an accidental large
      // import. Next step if it grows: load the French and Spanish texts on demand.
      maxEntrypointSize: 1.25 * 1024 * 1024,
      maxAssetSize: 1.25 * 1024 * 1024,
      hints: production ? "error" : false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: FUNCTIONS_METADATA, input: FUNCTIONS_ENTRY }),
      new AddinAssetsPlugin(baseUrl),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // A shared runtime loads only this page, so it must load the functions bundle too.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rebaseManifest(content.toString(), baseUrl),
          },
        ],
      }),
    ],
  };
}
