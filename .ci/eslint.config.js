// ESLint for Waypoint. Kept in .ci/ so the project's top level stays as
// the design card lists it; `npm run lint` points at this file.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const serverOnly = {
  group: ["*.server", "**/*.server", "~/utils/*.server", "~/models/*"],
  allowTypeImports: true,
  message: "Browser code cannot import .server modules: the classic compiler empties them silently.",
};
const testsOnly = { group: ["**/tests/**", "../tests/*", "../../tests/*"], message: "App code must not import tests." };

export default tseslint.config(
  {
    ignores: ["**/build/**", "**/app/generated/**", "**/node_modules/**"],
  },
  {
    files: ["**/*.{js,ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: ["**/app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    files: ["**/app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [testsOnly] }] },
  },
  {
    files: ["**/app/components/**", "**/app/copy/**", "**/app/entry.client.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [serverOnly, testsOnly] }] },
  },
  {
    files: ["**/app/lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            serverOnly,
            testsOnly,
            {
              group: ["@prisma/*", "**/generated/**"],
              allowTypeImports: true,
              message: "app/lib is pure: no database.",
            },
            {
              group: ["@remix-run/*", "react", "react-dom", "leaflet", "react-leaflet"],
              message: "app/lib is pure: no framework or UI.",
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line scripts report to the terminal.
    files: ["**/seeds/**", "**/tests/**", "**/.ci/**"],
    rules: { "no-console": "off" },
  },
);
