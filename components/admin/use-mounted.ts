"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False while rendering on the server and hydrating, true afterwards. For what only the browser
 * knows (the admin's time zone): the server's HTML and the first client render agree, then the
 * browser's version replaces it, without a state update inside an effect.
 */
export function useMounted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
