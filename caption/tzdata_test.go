package caption

// The tests read embargo times in named zones on any machine, as the
// command does (cmd/wirecap embeds the zone database).
import _ "time/tzdata"
