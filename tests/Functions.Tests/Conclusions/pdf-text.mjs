// Reads a PDF from standard input and prints, as JSON, the text of each page as pdf.js (the reader in Firefox and
// many web viewers) extracts it: {"pages": ["…", …]}. Used by the tests to prove that generated PDFs read back as
// the intended text. Needs `npm ci` at the repository's root (package.json pins pdfjs-dist).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const chunks = [];
for await (const chunk of process.stdin) {
  chunks.push(chunk);
}

const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
}

process.stdout.write(JSON.stringify({ pages }));
