package caption

import "testing"

// TestPersonAgencyPair: a caption's last sentence "Jane Roe (Reuters)" or
// Reuters' "Reuters (Jane Roe)" in title case is a credit when one side is
// a person and the other a registry agency; an acronym in brackets after a
// name is no credit.
func TestPersonAgencyPair(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. Reuters (Jane Roe)", creditWant{"Reuters (Jane Roe)", "Reuters", "Jane Roe", "", false}},
		{"Firefighters in Velmora. Jane Roe (Reuters)", creditWant{"Jane Roe (Reuters)", "Reuters", "Jane Roe", "", false}},
		{"Bomberos en Velmora. Juana Velmorena (EFE)", creditWant{"Juana Velmorena (EFE)", "EFE", "Juana Velmorena", "", false}},
		{"Firefighters in Velmora. JANE ROE (REUTERS)", creditWant{"JANE ROE (REUTERS)", "Reuters", "Jane Roe", "", false}},
		{"Leaders met in Velmora. European Union (EU)", creditWant{}},
		{"Talks opened in Velmora. Velmora Police (VPD)", creditWant{}},
	})
}

// TestClientChain: "Jane Roe for The Velmora Courier", a photographer
// working for a publication (the New York Times' and the Washington Post's
// credit for freelancers), closes a caption as a credit; a one-word name
// before "for" is prose.
func TestClientChain(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. Jane Roe for The Velmora Courier", creditWant{"Jane Roe for The Velmora Courier", "The Velmora Courier", "Jane Roe", "", false}},
		{"Firefighters in Velmora on Monday. Jane Roe for The New York Times", creditWant{"Jane Roe for The New York Times", "The New York Times", "Jane Roe", "", false}},
		{"Des pompiers à Velmora. Jeanne Roux pour Le Courrier de Velmora", creditWant{"Jeanne Roux pour Le Courrier de Velmora", "Le Courrier de Velmora", "Jeanne Roux", "", false}},
	})
}

// TestPipeChain: a pipe joins a credit's parts as a slash does ("Jane Roe
// | The Velmora Herald", dpa's "picture alliance / dpa | Name").
func TestPipeChain(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. Jane Roe | The Velmora Herald", creditWant{"Jane Roe | The Velmora Herald", "The Velmora Herald", "Jane Roe", "", false}},
		{"Feuerwehrleute in Velmora. picture alliance / dpa | Kay Velmer", creditWant{"picture alliance / dpa | Kay Velmer", "dpa", "Kay Velmer", "", false}},
	})
}

// TestCopyrightYear: the year of a copyright line, before or after the
// names, is no part of them ("© 2026 Jane Roe", "© Jane Roe 2026").
func TestCopyrightYear(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Firefighters in Velmora. © 2026 Jane Roe", creditWant{"Jane Roe", "", "Jane Roe", "", false}},
		{"Firefighters in Velmora. © Jane Roe 2026", creditWant{"Jane Roe", "", "Jane Roe", "", false}},
		{"Firefighters in Velmora. © 2026 Jane Roe/Velmora Press", creditWant{"Jane Roe/Velmora Press", "Velmora Press", "Jane Roe", "", false}},
		{"Firefighters in Velmora. Copyright: 2025-2026 Velmora Press", creditWant{"Velmora Press", "Velmora Press", "", "", false}},
	})
}

// TestMidLeadCredit: a leading agency's credit between two sentences,
// closed by full stops ("… Velmora. EFE/Juana Velmorena. The fire …"), is
// the credit when no other is found.
func TestMidLeadCredit(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bomberos en Velmora. EFE/Juana Velmorena. El incendio comenzó el martes por la noche.", creditWant{"EFE/Juana Velmorena", "EFE", "Juana Velmorena", "", false}},
		{"Pompieri a Velmora, 3 marzo 2026. ANSA/GIANNI VELMORI. L'incendio è scoppiato martedì.", creditWant{"ANSA/GIANNI VELMORI", "ANSA", "Gianni Velmori", "", false}},
		// A tail credit wins over it; prose with a slash is none.
		{"Bomberos en Velmora. EFE/Juana Velmorena. El incendio comenzó el martes. Foto: Pedro Roble/Europa Press", creditWant{"Pedro Roble/Europa Press", "Europa Press", "Pedro Roble", "", false}},
		{"Firefighters in Velmora. The 24/7 crews worked. The fire began on Tuesday.", creditWant{}},
	})
}

// TestArquivo: the Portuguese archive mark "/Arquivo/" (Agência Brasil,
// Lusa) marks a file picture and names nobody.
func TestArquivo(t *testing.T) {
	checkCreditCases(t, []creditCase{
		{"Bombeiros em Velmora. Foto: Marcelo Velmoro/Arquivo/Agência Brasil", creditWant{"Marcelo Velmoro/Arquivo/Agência Brasil", "Agência Brasil", "Marcelo Velmoro", "", true}},
		{"Bombeiros em Velmora. Foto: Marcelo Velmoro/Arquivo Agência Brasil", creditWant{"Marcelo Velmoro/Arquivo Agência Brasil", "Agência Brasil", "Marcelo Velmoro", "", true}},
	})
}
