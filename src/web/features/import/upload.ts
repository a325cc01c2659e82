import { ApiError, writeHeaders } from "../../api/client.js";
import type { ImportProblem } from "./state.js";

/** What POST /api/import answers on success. */
export interface ImportSummary {
  readonly actorsCreated: number;
  readonly actorsUpdated: number;
  readonly actorsUnchanged: number;
  readonly tiesCreated: number;
  readonly tiesUpdated: number;
  readonly tiesUnchanged: number;
}

/** A refused import: every problem the server found, with its file or sheet, line and column. */
export class ImportRefused extends ApiError {
  readonly problems: readonly ImportProblem[];
  constructor(status: number, code: string, message: string, problems: readonly ImportProblem[]) {
    super(status, code, message, problems);
    this.problems = problems;
  }
}

/**
 * Sends the form to POST /api/import with XMLHttpRequest, the one browser API that reports upload
 * progress; `onProgress` gets the bytes sent and the total, then `onUploaded` once the server has it
 * all and is checking it.
 */
export function uploadImport(
  form: FormData,
  onProgress: (loaded: number, total: number | undefined) => void,
  onUploaded: () => void,
): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/import");
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json");
    for (const [name, value] of Object.entries(writeHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener("progress", (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : undefined),
    );
    xhr.upload.addEventListener("load", onUploaded);
    xhr.addEventListener("error", () => reject(new ApiError(0, "network_unreachable", "the server cannot be reached")));
    xhr.addEventListener("load", () => {
      let body: { error?: { code?: string; message?: string; issues?: ImportProblem[] } } & Partial<ImportSummary>;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        reject(new ApiError(xhr.status, `http_${xhr.status}`, xhr.statusText));
        return;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as ImportSummary);
      else {
        const code = body.error?.code ?? `http_${xhr.status}`;
        reject(new ImportRefused(xhr.status, code, body.error?.message ?? xhr.statusText, body.error?.issues ?? []));
      }
    });
    xhr.send(form);
  });
}
