// The first task pane: what the add-in is, the catalogue's ten principles and the C2C functions.
// It only shows data it is given; workbook operations arrive with the full pane.
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Principle } from "../engine/catalogue";
import { FunctionList } from "./components/FunctionList";
import { PaneHeader } from "./components/PaneHeader";
import { PrincipleList } from "./components/PrincipleList";
import type { FunctionGuideEntry } from "./functionGuide";
import type { PaneHost } from "./paneHost";

export interface AppProps {
  readonly host: PaneHost;
  readonly catalogueVersion: string;
  readonly principles: readonly Principle[];
  readonly functions: readonly FunctionGuideEntry[];
}

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
});

export function App({ host, catalogueVersion, principles, functions }: AppProps) {
  const styles = useStyles();
  const theme = host.kind === "excel" && host.darkTheme ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme}>
      <main className={styles.pane}>
        <PaneHeader preview={host.kind === "preview"} />
        <PrincipleList principles={principles} catalogueVersion={catalogueVersion} />
        <FunctionList functions={functions} namespace="C2C" />
      </main>
    </FluentProvider>
  );
}
