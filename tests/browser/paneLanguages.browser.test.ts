// The task pane in French and Spanish, as a browser shows it: the production build in headless
// Chromium, the language taken from the browser (navigator.language), from a choice kept in
// localStorage, or chosen under Settings. The French pane loads the sample and refreshes the
// scoreboard: every principle name is the catalogue's French one and every score the engine's,
// written with a decimal comma. Screenshots of the French pane are left in test-artifacts/browser.
import type { Browser, Page } from "playwright-core";
import { startBrowserAndDist } from "../../scripts/browser/browserAndDist";
import {
  openLocalisedPane,
  readTable,
  settle,
  sheetTabs,
  type PaneSession,
} from "../../scripts/browser/paneDriver";
import { artifactPath } from "../../scripts/browser/repoPaths";
import type { StaticServer } from "../../scripts/browser/staticServer";
import { scoreAssessment } from "../../src/engine/assessment";
import { catalogueText } from "../../src/engine/catalogue/texts";
import { samplePartnership } from "../../src/engine/demo";

const SETUP_TIMEOUT_MS = 600_000;
const TEARDOWN_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 60_000;

const FRENCH_SECTIONS = [
  "Créer",
  "Vérifier",
  "Tableau de bord",
  "Comparer",
  "Parties prenantes",
  "Publier",
  "Actions",
  "Paramètres",
];
const SPANISH_SECTIONS = [
  "Crear",
  "Revisar",
  "Tablero",
  "Comparar",
  "Partes interesadas",
  "Publicar",
  "Acciones",
  "Configuración",
];

let server: (StaticServer & { readonly dist: string }) | undefined;
let browser: Browser | undefined;

function running(): { browser: Browser; origin: string } {
  if (browser === undefined || server === undefined)
    throw new Error("the browser or the local server did not start (see beforeAll)");
  return { browser, origin: server.origin };
}

async function sectionNames(page: Page, label: string): Promise<string[]> {
  const names = await page
    .getByRole("tablist", { name: label, exact: true })
    .getByRole("tab")
    .allInnerTexts();
  return names.map((name) => name.trim());
}

async function openTab(page: Page, label: string, name: string): Promise<void> {
  const tab = page
    .getByRole("tablist", { name: label, exact: true })
    .getByRole("tab", { name, exact: true });
  await tab.click();
  await page.waitForFunction(
    (tabName) =>
      Array.from(document.querySelectorAll('[role="tab"]')).some(
        (element) =>
          element.textContent.trim() === tabName &&
          element.getAttribute("aria-selected") === "true",
      ),
    name,
  );
}

beforeAll(async () => {
  ({ server, browser } = await startBrowserAndDist());
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, TEARDOWN_TIMEOUT_MS);

describe("the task pane in French and Spanish", () => {
  it(
    "speaks French in a French browser: <html lang>, sections, buttons, and the scoreboard with decimal commas",
    async () => {
      const { browser: launched, origin } = running();
      const pane: PaneSession = await openLocalisedPane(launched, origin, {
        locale: "fr-FR",
        sectionsLabel: "Sections de C2C Scoreboard",
      });
      const { page, guard } = pane;
      try {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
        expect(await sectionNames(page, "Sections de C2C Scoreboard")).toEqual(FRENCH_SECTIONS);
        await expect(
          page.getByRole("button", { name: "Créer l'évaluation", exact: true }).isVisible(),
        ).resolves.toBe(true);
        await page.screenshot({ path: artifactPath("pane-fr-create.png") });

        await page
          .getByRole("button", { name: "Charger le partenariat d'exemple", exact: true })
          .click();
        await settle(
          page,
          sheetTabs(page).filter({ hasText: "Indicators" }).first(),
          "Charger le partenariat d'exemple",
        );
        await openTab(page, "Sections de C2C Scoreboard", "Tableau de bord");
        await page
          .getByRole("button", { name: "Actualiser le tableau de bord", exact: true })
          .click();
        const table = page.getByRole("table", { name: "Notes des principes" });
        await settle(page, table, "Actualiser le tableau de bord");

        const scores = scoreAssessment(samplePartnership());
        const shown = await readTable(table);
        expect(shown.headers).toEqual(["Principe", "Nom", "Note", "Niveau"]);
        expect(shown.rows.map((row) => [row.Principe, row.Nom, row.Note])).toEqual(
          scores.principles.map((principle) => [
            principle.principle,
            catalogueText("fr", "principleNames", principle.principle),
            principle.score === null ? "–" : principle.score.toFixed(2).replace(".", ","),
          ]),
        );
        const alignment = scores.alignment.score ?? Number.NaN;
        expect(await page.getByLabel("Alignement global", { exact: true }).textContent()).toContain(
          alignment.toFixed(2).replace(".", ","),
        );
        await expect(
          page.getByText("Le tableau de bord est à jour.", { exact: true }).isVisible(),
        ).resolves.toBe(true);
        await page.screenshot({ path: artifactPath("pane-fr-scoreboard.png") });
        expect(guard.problems()).toEqual([]);
      } finally {
        await pane.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "opens in the language kept in localStorage, whatever the browser speaks",
    async () => {
      const { browser: launched, origin } = running();
      const pane = await openLocalisedPane(launched, origin, {
        locale: "en-US",
        storedChoice: "es",
        sectionsLabel: "Secciones de C2C Scoreboard",
      });
      try {
        expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe("es");
        expect(await sectionNames(pane.page, "Secciones de C2C Scoreboard")).toEqual(
          SPANISH_SECTIONS,
        );
        expect(pane.guard.problems()).toEqual([]);
      } finally {
        await pane.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "switches to French when chosen under Settings, keeps the choice, and opens in French next time",
    async () => {
      const { browser: launched, origin } = running();
      const pane = await openLocalisedPane(launched, origin, {
        locale: "en-US",
        sectionsLabel: "C2C Scoreboard sections",
      });
      const { page, context, guard } = pane;
      try {
        expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
        await openTab(page, "C2C Scoreboard sections", "Settings");
        const field = page.getByRole("combobox", { name: "Language of the pane", exact: true });
        await field.selectOption("fr");
        await page
          .getByRole("tablist", { name: "Sections de C2C Scoreboard", exact: true })
          .waitFor({ state: "visible" });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
        expect(
          await page.evaluate(() => window.localStorage.getItem("c2c-scoreboard.pane-language")),
        ).toBe("fr");
        const again = await context.newPage();
        guard.watch(again);
        await again.goto(page.url(), { waitUntil: "load" });
        await again
          .getByRole("tablist", { name: "Sections de C2C Scoreboard", exact: true })
          .waitFor({ state: "visible" });
        expect(await sectionNames(again, "Sections de C2C Scoreboard")).toEqual(FRENCH_SECTIONS);
        expect(guard.problems()).toEqual([]);
      } finally {
        await pane.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
