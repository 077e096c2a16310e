/** One CSV record and the line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** RFC 4180: commas, double quotes with "" inside, CRLF or LF, newlines inside quotes; blank lines skipped. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') {
      records.push({ line: start, fields });
    }
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        line += c === '\n' ? 1 : 0;
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      endRecord();
      line++;
      start = line;
    } else {
      field += c;
    }
  }
  if (quoted) {
    throw new Error(`line ${start}: a quoted field is not closed`);
  }
  if (field !== '' || fields.length > 0) {
    endRecord();
  }
  return records;
}
