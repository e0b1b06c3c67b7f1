// Package report assembles analysed documents into a versioned report and
// prints it: one Printer per output format, each writing to an io.Writer.
//
// The JSON shape is a contract: SchemaVersion changes only when a field is
// removed or changes meaning; fields may be added within a version.
package report
