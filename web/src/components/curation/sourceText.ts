/** A text file a curator uploads as a source: UTF-8 only (the seed's texts are), a BOM dropped. */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** How many lines the server will number (it splits on \n; a final newline ends the last line). */
export function countLines(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n');
  return lines.at(-1) === '' ? lines.length - 1 : lines.length;
}
