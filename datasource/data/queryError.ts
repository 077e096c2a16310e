/** A query that cannot be sent as it is: reported beside its refId, the other queries still run. */
export class QueryModelError extends Error {}
