package caption_test

import (
	"fmt"

	"github.com/wirecap/wirecap/caption"
)

func ExampleParse() {
	c, err := caption.Parse("Surfers ride a wave at Bondi Beach in Sydney, Sunday, Jan. 5, 2025. AAP Image/Dan Quillfeather", caption.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Credit)
	fmt.Println(c.Agency, c.Photographers)
	// Output:
	// AAP Image/Dan Quillfeather
	// AAP [Dan Quillfeather]
}

func ExampleParse_filePhoto() {
	c, _ := caption.Parse("A ship in the port of Piraeus, Greece, May 3, 2021. REUTERS/Jane Doe/File Photo", caption.Options{})
	fmt.Printf("%s | %s | file photo: %v\n", c.Credit, c.Agency, c.FilePhoto)
	// Output:
	// REUTERS/Jane Doe | Reuters | file photo: true
}

func ExampleParseCredit() {
	for _, field := range []string{"Scanpix/AP", "PA Wire/PA Images", "AAPIMAGE", "Alamy Stock Photo", "Jane Doe/Northwind Press via REUTERS"} {
		cl := caption.ParseCredit(field)
		fmt.Printf("%-38q agency=%s photographers=%v\n", field, cl.Agency, cl.Photographers)
	}
	// Output:
	// "Scanpix/AP"                           agency=AP photographers=[]
	// "PA Wire/PA Images"                    agency=PA photographers=[]
	// "AAPIMAGE"                             agency=AAP photographers=[]
	// "Alamy Stock Photo"                    agency=Alamy photographers=[]
	// "Jane Doe/Northwind Press via REUTERS" agency=Reuters photographers=[Jane Doe]
}

func ExampleAgencyName() {
	fmt.Println(caption.AgencyName("Agence France-Presse"), caption.AgencyName("abacapress.com"), caption.AgencyName("Allstar Picture Library"))
	// Output: AFP ABACA Allstar
}
