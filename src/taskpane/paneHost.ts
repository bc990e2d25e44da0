// Where the pane is running. Office.onReady resolves with host null outside Office (a browser
// preview); when office.js itself did not load (offline preview) there is no Office global at all.
// Either way the pane renders, marked as a preview.

export type PaneHost =
  | {
      readonly kind: "excel";
      readonly darkTheme: boolean;
      /** Office's display language, e.g. "fr-FR" (Office.context.displayLanguage). */
      readonly displayLanguage: string;
    }
  | { readonly kind: "preview" };

export async function detectPaneHost(): Promise<PaneHost> {
  if (!("Office" in globalThis)) return { kind: "preview" };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { kind: "preview" };
  // officeTheme is missing on some platforms, and isDarkTheme only exists on recent builds.
  const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
  // displayLanguage: https://learn.microsoft.com/office/dev/add-ins/develop/localization
  const displayLanguage = Office.context.displayLanguage as string | undefined;
  return {
    kind: "excel",
    darkTheme: theme?.isDarkTheme === true,
    displayLanguage: displayLanguage ?? "",
  };
}
