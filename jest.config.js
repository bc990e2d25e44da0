/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Tests assert results, never speed (speed lives in `npm run bench`). Jest's 5 s default turns a
  // loaded 2-core machine into failures of workbook-writing hooks; a minute only catches hangs.
  testTimeout: 60_000,
  // LANG=C for every test and every child process it starts (the CLI follows LANG).
  setupFiles: ["<rootDir>/tests/pinLanguage.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest only for its OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/tests/stubs/officeAddinManifest.ts",
  },
};
