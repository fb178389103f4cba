"use client";

import { useMemo, useSyncExternalStore } from "react";
import { GUEST_STORE_KEY, parseGuestState, serializeGuestState, type GuestState } from "@/lib/learning/guest-store";

/**
 * The guest's practice in this browser's localStorage, as a React store: every
 * component that reads it re-renders when this tab or another one writes it.
 * When storage is blocked or full, the state lives in memory for this page.
 */
const listeners = new Set<() => void>();
let inMemory: string | null = null;

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  const onStorage = (e: StorageEvent) => e.key === GUEST_STORE_KEY && onChange();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

function readRaw(): string | null {
  if (inMemory !== null) return inMemory;
  try {
    return window.localStorage.getItem(GUEST_STORE_KEY);
  } catch {
    return null;
  }
}

/** The guest state as stored now (read afresh, so a write merges with other tabs' answers). */
export const readGuestState = (): GuestState | null => parseGuestState(readRaw());

export function writeGuestState(state: GuestState) {
  const raw = serializeGuestState(state);
  try {
    window.localStorage.setItem(GUEST_STORE_KEY, raw);
    inMemory = null;
  } catch {
    inMemory = raw;
  }
  listeners.forEach((l) => l());
}

export function clearGuestState() {
  inMemory = null;
  try {
    window.localStorage.removeItem(GUEST_STORE_KEY);
  } catch {
    // Nothing was kept.
  }
  listeners.forEach((l) => l());
}

/** A new claim id: crypto.randomUUID where the page is a secure context, else a v4 UUID from getRandomValues. */
export function newClaimId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The guest state; null on the server and during hydration, then what this browser holds. */
export function useGuestState(): GuestState | null {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  return useMemo(() => parseGuestState(raw), [raw]);
}
