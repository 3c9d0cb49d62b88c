/** Free-form site labels of real meters (PUT /api/energy/meters/{id}); not in the store, which holds numbers only. */
export class MeterSites {
  private readonly sites = new Map<string, string>();

  set(meterId: string, site: string | null): void {
    if (site === null) this.sites.delete(meterId);
    else this.sites.set(meterId, site);
  }

  get(meterId: string): string | undefined {
    return this.sites.get(meterId);
  }
}
