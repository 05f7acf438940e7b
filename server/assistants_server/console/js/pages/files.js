// Files: upload several at once (a picker or drag and drop, a progress bar each), the list with
// download and delete.

import { del, download, listAll, upload } from "../api.js";
import { field, h, replace, showError, showInfo, statusLine, time } from "../dom.js";

const PURPOSES = ["assistants", "vision", "user_data", "batch", "fine-tune"];

function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function page(container) {
  const purpose = h("select", { name: "purpose" }, PURPOSES.map((p) => h("option", { value: p }, p)));
  const picker = h("input", { type: "file", name: "files", multiple: true });
  const progress = h("ul", { class: "uploads", "aria-label": "Uploads" });
  const status = statusLine();
  const table = h("div");

  const refresh = async () => {
    const files = await listAll("/files", { order: "desc" }, { limit: 100, pages: 10 });
    if (!files.length) {
      replace(table, h("p", { class: "muted" }, "No files yet."));
      return;
    }
    replace(
      table,
      h(
        "table",
        { class: "list", "aria-label": "Files" },
        h("thead", {}, h("tr", {}, ["Name", "Purpose", "Size", "Created", "ID", ""].map((t) => h("th", {}, t)))),
        h(
          "tbody",
          {},
          files.map((f) =>
            h(
              "tr",
              { "data-id": f.id },
              h("td", {}, f.filename),
              h("td", {}, f.purpose),
              h("td", {}, size(f.bytes)),
              h("td", {}, time(f.created_at)),
              h("td", {}, h("code", {}, f.id)),
              h(
                "td",
                { class: "actions" },
                h("button", { type: "button", "aria-label": `Download ${f.filename}`, onclick: () => download(f.id, f.filename).catch((err) => showError(status, err)) }, "Download"),
                h(
                  "button",
                  {
                    type: "button",
                    class: "danger",
                    "aria-label": `Delete ${f.filename}`,
                    onclick: async () => {
                      try {
                        await del(`/files/${encodeURIComponent(f.id)}`);
                        showInfo(status, `Deleted ${f.filename}`);
                        await refresh();
                      } catch (err) {
                        showError(status, err);
                      }
                    },
                  },
                  "Delete",
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };

  const send = async (fileList) => {
    const chosen = [...fileList];
    if (!chosen.length) return;
    const jobs = chosen.map((file) => {
      const bar = h("progress", { max: "1", value: "0", "aria-label": `Uploading ${file.name}` });
      const line = h("small", {});
      progress.append(h("li", {}, `${file.name} `, bar, " ", line));
      return upload(file, purpose.value, (fraction) => {
        bar.value = fraction;
      }).then(
        (made) => {
          line.textContent = `uploaded as ${made.id}`;
          return made;
        },
        (err) => {
          line.textContent = err.message;
          line.classList.add("error");
          return null;
        },
      );
    });
    const made = (await Promise.all(jobs)).filter(Boolean);
    showInfo(status, `Uploaded ${made.length} of ${chosen.length} file(s).`);
    await refresh();
  };

  const drop = h(
    "div",
    {
      class: "drop",
      tabindex: 0,
      role: "button",
      "aria-label": "Drop files here, or press Enter to choose files",
      ondragover: (event) => {
        event.preventDefault();
        drop.classList.add("over");
      },
      ondragleave: () => drop.classList.remove("over"),
      ondrop: (event) => {
        event.preventDefault();
        drop.classList.remove("over");
        send(event.dataTransfer.files);
      },
      onkeydown: (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          picker.click();
        }
      },
      onclick: () => picker.click(),
    },
    "Drop files here (or choose them below)",
  );
  picker.addEventListener("change", () => {
    send(picker.files).finally(() => {
      picker.value = "";
    });
  });

  replace(
    container,
    h("h2", {}, "Files"),
    h("section", { class: "card", "aria-label": "Upload" }, field("Purpose", purpose), field("Files to upload", picker), drop, progress),
    status,
    table,
  );
  await refresh();
}
