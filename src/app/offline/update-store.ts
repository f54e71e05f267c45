import { create } from 'zustand';

interface UpdateState {
  /** A newer version is installed and waits for the user; set by the service worker registration. */
  readonly waiting: boolean;
  /** Activates the waiting version and reloads the page once it controls it. */
  readonly activate: (() => void) | null;
  /** This visit made the app whole offline (a first visit): worth saying once. */
  readonly nowOffline: boolean;
}

/** Whether a new version of the app is ready, and how to switch to it when the user says so. */
export const useUpdateStore = create<UpdateState>(() => ({ waiting: false, activate: null, nowOffline: false }));
