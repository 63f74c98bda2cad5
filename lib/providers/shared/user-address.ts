/** The signed-in address as read from the page, and where it was found (for the health report). */
export interface UserAddress {
  address: string;
  source: string;
}

const ADDRESS_RE = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/u;

/** The first e-mail address in any of the values, lower-cased. */
export function firstAddress(values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const address = value ? ADDRESS_RE.exec(value)?.[0] : undefined;
    if (address) return address.toLowerCase();
  }
  return null;
}
