package kpi

// An Op is the comparison a target sets between a measured value and its
// Value. The zero Op is unknown.
type Op uint8

// The comparison operators. A range ("từ 70% đến 80%") is an OpGE target
// with an upper bound; see [Target.Max].
const (
	OpUnknown Op = iota
	OpGE         // ≥: "tối thiểu", "ít nhất", "không thấp hơn", "từ X% trở lên", "đạt", "100% …"
	OpLE         // ≤: "tối đa", "không quá", "không vượt quá"
	OpGT         // >: "trên", "hơn", "vượt"
	OpLT         // <: "dưới", "thấp hơn"
	OpEQ         // =: "bằng"
)

var opNames = [...]string{OpUnknown: "", OpGE: ">=", OpLE: "<=", OpGT: ">", OpLT: "<", OpEQ: "="}

// String returns the operator as the directive JSON contract writes it:
// ">=", "<=", ">", "<" or "=", and "" for OpUnknown.
func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "Op(" + itoa(int(o)) + ")"
}

// Holds reports whether v compared with bound by o is true: OpGE.Holds(v, b)
// is v ≥ b. OpUnknown holds for nothing.
func (o Op) Holds(v, bound Percent) bool {
	switch o {
	case OpGE:
		return v >= bound
	case OpLE:
		return v <= bound
	case OpGT:
		return v > bound
	case OpLT:
		return v < bound
	case OpEQ:
		return v == bound
	}
	return false
}

// MarshalText implements encoding.TextMarshaler with [Op.String].
func (o Op) MarshalText() ([]byte, error) {
	if o == OpUnknown || int(o) >= len(opNames) {
		return nil, &ParseError{Input: o.String(), Msg: "unknown operator"}
	}
	return []byte(o.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the forms of
// [Op.String] and the symbols "≥", "≤", "=>", "=<" and "==".
func (o *Op) UnmarshalText(b []byte) error {
	v, ok := parseOp(string(b))
	if !ok {
		return &ParseError{Input: string(b), Msg: "unknown operator"}
	}
	*o = v
	return nil
}

func parseOp(s string) (Op, bool) {
	switch s {
	case ">=", "≥", "=>":
		return OpGE, true
	case "<=", "≤", "=<":
		return OpLE, true
	case ">":
		return OpGT, true
	case "<":
		return OpLT, true
	case "=", "==":
		return OpEQ, true
	}
	return OpUnknown, false
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
