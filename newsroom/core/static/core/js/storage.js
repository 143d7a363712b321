// localStorage that never throws (private modes and full quotas do).
export function load(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function save(key, value) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    /* the setting just will not persist */
  }
}
