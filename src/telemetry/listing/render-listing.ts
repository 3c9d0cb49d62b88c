import type { MeterDirectory } from '../store/meter-directory.js';
import { listMeters } from '../store/meter-listing.js';
import type { StoreViews } from '../store/store-layout.js';
import { renderPageJson } from '../telemetry-json.js';
import { nextLink, type ListQuery } from '../telemetry-query.js';

export interface RequestOrigin {
  origin: string;
  path: string;
}

/** One listing page as the JSON text the API sends: the whole job a reader worker does per request. */
export function renderListing(views: StoreViews, directory: MeterDirectory, query: ListQuery, origin: RequestOrigin): string {
  const page = listMeters(views, directory, { filter: query.filter, start: query.start, top: query.top, search: query.search });
  const link = page.next >= 0 ? nextLink(origin.origin, origin.path, query, page.next) : undefined;
  return renderPageJson(page, views, directory, link);
}
