import type { SavedView, SavedViewState } from "../../../model/index.js";
import { request } from "../../api/client.js";

export async function fetchSavedViews(): Promise<SavedView[]> {
  return (await request<{ views: SavedView[] }>("/api/views")).views;
}

export function createSavedView(name: string, state: SavedViewState): Promise<SavedView> {
  return request<SavedView>("/api/views", { method: "POST", body: JSON.stringify({ name, state }) });
}

export function changeSavedView(id: string, change: { name?: string; state?: SavedViewState }): Promise<SavedView> {
  return request<SavedView>(`/api/views/${encodeURIComponent(id)}`, { method: "PUT", body: JSON.stringify(change) });
}

export function deleteSavedView(id: string): Promise<void> {
  return request<void>(`/api/views/${encodeURIComponent(id)}`, { method: "DELETE" });
}
