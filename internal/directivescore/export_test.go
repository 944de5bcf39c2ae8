package directivescore

// IsAlnum is isAlnum for the tests of package directivescore_test.
var IsAlnum = isAlnum
