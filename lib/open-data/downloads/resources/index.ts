import type { OpenDataResource, ResourceDefinition } from "../resource";
import { commitmentsResource } from "./commitments";
import { districtsResource } from "./districts";
import { eventsResource } from "./events";
import { organisationsResource } from "./organisations";
import { questionsResource } from "./questions";
import { responsesResource } from "./responses";
import { themesResource } from "./themes";

/** Every bulk download, in the order the listing shows them. */
export const RESOURCES: readonly ResourceDefinition[] = [
  questionsResource,
  responsesResource,
  commitmentsResource,
  themesResource,
  districtsResource,
  organisationsResource,
  eventsResource,
];

export function resourceDefinition(resource: OpenDataResource): ResourceDefinition {
  const found = RESOURCES.find((r) => r.resource === resource);
  if (!found) throw new Error(`No open data resource ${resource}`);
  return found;
}
