// Package figure owns the stick-figure drawings: a skeleton, poses as data, their interpolation, mirroring, solved frames and SVG output.
package figure
