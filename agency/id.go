package agency

// An ID identifies one agency or group in a Registry: a short, stable,
// lower-case ASCII key such as "hp.cong-an" or "bo.cong-an". The empty ID
// means the agency is not known to the registry.
type ID string
