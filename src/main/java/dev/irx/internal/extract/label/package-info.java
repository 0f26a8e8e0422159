/**
 * Labels and names: the label dictionary, compound and ratio labels, segment names and the names a deck defines.
 */
package dev.irx.internal.extract.label;
