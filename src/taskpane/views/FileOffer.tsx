import { Body1, Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useTexts } from "../texts/PaneTextsContext";
import type { PublishResult } from "../workflows/types";

export interface FileOfferProps {
  readonly file: Extract<PublishResult, { kind: "file" }>;
}

const useStyles = makeStyles({
  offer: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  copied: { color: tokens.colorNeutralForeground2 },
});

/**
 * A published file: a "Save <fileName>" download link from a Blob URL (revoked when the offer goes),
 * and for text a "Copy to clipboard" button, for platforms where the pane cannot save files.
 */
export function FileOffer({ file }: FileOfferProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const [url, setUrl] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState("");

  useEffect(() => {
    // Uint8Array views may sit over a larger or shared buffer: copy the bytes the file holds.
    const part = typeof file.content === "string" ? file.content : file.content.slice();
    const created = URL.createObjectURL(new Blob([part], { type: file.mimeType }));
    setUrl(created);
    setCopyNote("");
    return () => {
      URL.revokeObjectURL(created);
    };
  }, [file]);

  const text = typeof file.content === "string" ? file.content : null;
  const copy = async (): Promise<void> => {
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setCopyNote(t("file.copied", { file: file.fileName }));
    } catch {
      setCopyNote(t("file.noClipboard"));
    }
  };

  return (
    <div className={styles.offer}>
      {url !== null && (
        <Link href={url} download={file.fileName}>
          {t("file.save", { file: file.fileName })}
        </Link>
      )}
      {text !== null && <Button onClick={() => void copy()}>{t("file.copy")}</Button>}
      {copyNote !== "" && (
        <Body1 className={styles.copied} aria-live="polite">
          {copyNote}
        </Body1>
      )}
    </div>
  );
}
