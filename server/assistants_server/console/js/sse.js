// Server-sent events out of a fetch Response's ReadableStream: the protocol's framing (fields,
// blank-line ends, comments, CRLF) in a small pure parser, and an async generator over a body.

/** Feed text chunks; returns the complete events ({event, data}) each chunk finished. */
export class EventParser {
  constructor() {
    this.buffer = "";
    this.event = "";
    this.data = [];
  }

  feed(text) {
    this.buffer += text;
    const events = [];
    let end;
    while ((end = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, end);
      const width = this.buffer.startsWith("\r\n", end) ? 2 : 1;
      if (this.buffer[end] === "\r" && width === 1 && end === this.buffer.length - 1) break; // maybe CRLF
      this.buffer = this.buffer.slice(end + width);
      if (line === "") {
        if (this.data.length) events.push({ event: this.event || "message", data: this.data.join("\n") });
        this.event = "";
        this.data = [];
        continue;
      }
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const name = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (name === "event") this.event = value;
      else if (name === "data") this.data.push(value);
    }
    return events;
  }
}

/** Every event of `response`'s body, the JSON ones parsed (data "[DONE]" ends the stream). */
export async function* readEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parser = new EventParser();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const item of parser.feed(decoder.decode(value, { stream: true }))) {
        if (item.data === "[DONE]") return;
        let data = item.data;
        try {
          data = JSON.parse(item.data);
        } catch {
          // not JSON: handed on as text
        }
        yield { event: item.event, data };
      }
    }
  } finally {
    reader.releaseLock();
  }
}
