/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest only for its OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/tests/stubs/officeAddinManifest.ts",
  },
};
