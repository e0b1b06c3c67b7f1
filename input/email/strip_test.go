package email

import (
	"strings"
	"testing"
)

// checkLinePreserving fails unless out has as many lines as in and every
// line of out is the line of in or empty.
func checkLinePreserving(t *testing.T, in, out string) {
	t.Helper()
	inLines, outLines := strings.Split(in, "\n"), strings.Split(out, "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("line count changed: %d in, %d out", len(inLines), len(outLines))
	}
	for i := range inLines {
		if outLines[i] != "" && outLines[i] != inLines[i] {
			t.Fatalf("line %d changed:\n in: %q\nout: %q", i+1, inLines[i], outLines[i])
		}
	}
}

func TestStripQuoted(t *testing.T) {
	tests := []struct {
		name string
		in   string
		kept []string // must remain, each as a whole line
		gone []string // must be removed (substrings of removed lines)
	}{
		{
			name: "gmail attribution and quotes",
			in:   "Sounds good. Go ahead and book the trainer.\n\nOn Tue, Mar 4, 2025 at 9:12 AM Priya Raman <priya@example.com> wrote:\n\n> Can I book the outside trainer for March?\n> It costs 1,200 dollars.\n",
			kept: []string{"Sounds good. Go ahead and book the trainer."},
			gone: []string{"wrote:", "outside trainer for March", "1,200 dollars"},
		},
		{
			name: "gmail attribution wrapped over two lines",
			in:   "You decide how far to take the pilot.\n\nOn Tue, Mar 4, 2025 at 9:12 AM Priya Raman <priya.raman@northwind-logistics.example>\nwrote:\n\n> Here is the draft.\n",
			kept: []string{"You decide how far to take the pilot."},
			gone: []string{"On Tue, Mar 4", "wrote:", "Here is the draft."},
		},
		{
			name: "quote marks without space and nested",
			in:   "Agreed.\n>Original line without a space\n>> nested older quote\n > indented quote\n",
			kept: []string{"Agreed."},
			gone: []string{"without a space", "nested older", "indented quote"},
		},
		{
			name: "interleaved answers between quotes are kept",
			in:   "On 3/12/25 11:48 AM, Ingrid Svensson wrote:\n> Shadow for two weeks or one?\n\nOne week, then you decide.\n\n> Can you review the checklist?\n\nYes, happy to.\n",
			kept: []string{"One week, then you decide.", "Yes, happy to."},
			gone: []string{"Ingrid Svensson wrote:", "Shadow for two weeks", "review the checklist"},
		},
		{
			name: "attribution of an HTML reply without quote marks cuts to the end",
			in:   "Let's discuss on Thursday.\n\nOn Tue, Mar 4, 2025 at 9:12 AM Priya Raman <priya@example.com> wrote:\nHi Dana,\nHere is the draft proposal.\nPriya\n",
			kept: []string{"Let's discuss on Thursday."},
			gone: []string{"wrote:", "Hi Dana,", "Here is the draft proposal.", "Priya"},
		},
		{
			name: "outlook header block with rule",
			in:   "Please send me the list by 3pm.\n\n________________________________\nFrom: Marcus Lee <marcus@example.com>\nSent: Tuesday, March 4, 2025 5:47 PM\nTo: Dana Whitfield <dana@example.com>\nSubject: Overtime\n\nHow do you want us to handle approvals?\n",
			kept: []string{"Please send me the list by 3pm."},
			gone: []string{"_____", "From: Marcus", "Sent:", "Subject: Overtime", "handle approvals"},
		},
		{
			name: "outlook header block without rule, bold keys",
			in:   "I'll take it from here.\n\n*From:* Marcus Lee <marcus@example.com>\n*Sent:* Tuesday, March 4, 2025 5:47 PM\n*To:* Dana Whitfield\n*Subject:* Dock 4\n\nThe door at dock 4 is stuck again.\n",
			kept: []string{"I'll take it from here."},
			gone: []string{"*From:*", "*Sent:*", "dock 4 is stuck"},
		},
		{
			name: "german outlook header block",
			in:   "Danke, ich kümmere mich darum.\n\nVon: Jürgen Müller <juergen@example.com>\nGesendet: Dienstag, 4. März 2025 17:47\nAn: Dana Whitfield <dana@example.com>\nBetreff: Inventur\n\nWann starten wir?\n",
			kept: []string{"Danke, ich kümmere mich darum."},
			gone: []string{"Von:", "Gesendet:", "Wann starten wir?"},
		},
		{
			name: "outlook original message",
			in:   "Whatever order you pick, I will back it.\n\n-----Original Message-----\nFrom: Okafor, Chidi\nSent: Thursday, March 6, 2025 11:05 AM\nSubject: Backlog\n\nNight shift first or seniority?\n",
			kept: []string{"Whatever order you pick, I will back it."},
			gone: []string{"Original Message", "From: Okafor", "Night shift first"},
		},
		{
			name: "gmail forward",
			in:   "Leah, this affects your lanes. Your call.\n\n---------- Forwarded message ---------\nFrom: Carrier Relations <rates@example.com>\nDate: Mon, Mar 10, 2025 at 8:30 AM\nSubject: Rate changes\n\nFrom April 1 our surcharge increases.\n",
			kept: []string{"Leah, this affects your lanes. Your call."},
			gone: []string{"Forwarded message", "Carrier Relations", "surcharge increases"},
		},
		{
			name: "apple mail forward",
			in:   "Sharing this for context.\n\nBegin forwarded message:\n\nFrom: Rachel Kim <rachel@example.com>\nSubject: Audit results\n\nTwo findings remain open.\n",
			kept: []string{"Sharing this for context."},
			gone: []string{"Begin forwarded message:", "Rachel Kim", "findings remain open"},
		},
		{
			name: "thunderbird forward",
			in:   "FYI, no action needed.\n\n-------- Forwarded Message --------\nSubject: \tPallet recall\nDate: \tMon, 10 Mar 2025 09:00:00 +0000\n\nPlease check lot 4471.\n",
			kept: []string{"FYI, no action needed."},
			gone: []string{"Forwarded Message", "Pallet recall", "lot 4471"},
		},
		{
			name: "signature after the standard delimiter",
			in:   "Let them shadow for the first week.\n\n-- \nDana Whitfield\nDirector of Operations\n",
			kept: []string{"Let them shadow for the first week."},
			gone: []string{"-- ", "Dana Whitfield", "Director of Operations"},
		},
		{
			name: "sign-off with name, title, company and phone",
			in:   "Drop your ideas in the box by the break room.\n\nBest regards,\nDana Whitfield\nDirector of Operations | Northwind Logistics\n+1 (555) 013-2288\n",
			kept: []string{"Drop your ideas in the box by the break room."},
			gone: []string{"Best regards,", "Dana Whitfield", "Director of Operations", "013-2288"},
		},
		{
			name: "thanks and name",
			in:   "Can you own the rollout?\n\nThanks,\nDana\n",
			kept: []string{"Can you own the rollout?"},
			gone: []string{"Thanks,", "Dana"},
		},
		{
			name: "mobile footers",
			in:   "Lead the walkthrough yourself.\n\nSent from my iPhone\n",
			kept: []string{"Lead the walkthrough yourself."},
			gone: []string{"Sent from my iPhone"},
		},
		{
			name: "outlook mobile footer",
			in:   "On it, thanks for flagging.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n",
			kept: []string{"On it, thanks for flagging."},
			gone: []string{"Get Outlook for iOS"},
		},
		{
			name: "confidentiality notice",
			in:   "What would you change if it were up to you?\n\nCONFIDENTIALITY NOTICE: This e-mail message is for the sole use of the\nintended recipient(s) and may contain privileged information.\n",
			kept: []string{"What would you change if it were up to you?"},
			gone: []string{"CONFIDENTIALITY NOTICE", "intended recipient"},
		},
		{
			name: "disclaimer paragraph without heading",
			in:   "Please review the attached layout.\n\nThis email and any attachments are confidential and intended solely for the\naddressee. If you are not the intended recipient, please notify the sender\nand delete it.\n",
			kept: []string{"Please review the attached layout."},
			gone: []string{"This email and any attachments", "notify the sender"},
		},
		{
			name: "DISCLAIMER heading after a sign-off",
			in:   "Great work on the audit, everyone.\n\nCheers,\nDana\n\nDISCLAIMER:\nThe information in this message is legally privileged.\n",
			kept: []string{"Great work on the audit, everyone."},
			gone: []string{"Cheers,", "Dana", "DISCLAIMER:", "legally privileged"},
		},
		{
			name: "german attribution",
			in:   "Einverstanden, machen Sie es so.\n\nAm 04.03.2025 um 09:12 schrieb Jürgen Müller:\n> Sollen wir Halle 3 zuerst zählen?\n",
			kept: []string{"Einverstanden, machen Sie es so."},
			gone: []string{"schrieb Jürgen", "Halle 3"},
		},
		{
			name: "french attribution",
			in:   "D'accord, à toi de décider.\n\nLe mar. 4 mars 2025 à 09:12, René Dupont <rene@example.com> a écrit :\n> On commence lundi ?\n",
			kept: []string{"D'accord, à toi de décider."},
			gone: []string{"a écrit", "On commence lundi"},
		},
		{
			name: "crlf line endings are kept on kept lines",
			in:   "Thanks for the update.\r\nLet's talk tomorrow.\r\n\r\n> Old text\r\n",
			kept: []string{"Thanks for the update.\r", "Let's talk tomorrow.\r"},
			gone: []string{"Old text"},
		},
		{
			name: "trailing rule before a removed disclaimer",
			in:   "See you at the offsite.\n\n____________________\nCONFIDENTIALITY NOTICE: This message is intended only for the addressee.\n",
			kept: []string{"See you at the offsite."},
			gone: []string{"____", "CONFIDENTIALITY"},
		},
		// Conservative cases: the author's words stay.
		{
			name: "thanks sentence at the end is kept",
			in:   "The dock is ready for Monday.\n\nThanks for all the hard work this week.\n",
			kept: []string{"The dock is ready for Monday.", "Thanks for all the hard work this week."},
		},
		{
			name: "sign-off followed by a postscript is kept",
			in:   "Please own the schedule.\n\nThanks,\nDana\n\nP.S. Remember the safety briefing on Friday.\n",
			kept: []string{"Please own the schedule.", "Thanks,", "Dana", "P.S. Remember the safety briefing on Friday."},
		},
		{
			name: "sign-off in the middle is kept",
			in:   "Thanks,\nthat was quick. Now let's decide together how we roll this out to the other two sites and who leads it.\n",
			kept: []string{"Thanks,", "that was quick. Now let's decide together how we roll this out to the other two sites and who leads it."},
		},
		{
			name: "a From: line in the text is not a header block",
			in:   "From: the customer's point of view, the delay is invisible.\nTo be safe, tell them anyway.\n",
			kept: []string{"From: the customer's point of view, the delay is invisible.", "To be safe, tell them anyway."},
		},
		{
			name: "memo header at the top is kept",
			in:   "From: Dana Whitfield\nTo: All staff\nDate: March 31, 2025\nSubject: Travel policy\n\nFrom April, book travel through the portal.\n",
			kept: []string{"From: Dana Whitfield", "To: All staff", "Subject: Travel policy", "From April, book travel through the portal."},
		},
		{
			name: "wrote: without date or address and no quotes is kept",
			in:   "On Monday the team wrote:\na plan that beats anything I would have written.\n",
			kept: []string{"On Monday the team wrote:", "a plan that beats anything I would have written."},
		},
		{
			name: "author's own confidentiality remark is kept",
			in:   "We hit the target.\n\nThis email is confidential, please don't forward it before Friday's all-hands.\n",
			kept: []string{"We hit the target.", "This email is confidential, please don't forward it before Friday's all-hands."},
		},
		{
			name: "a greater-than sign inside a line is kept",
			in:   "Throughput went from 40 -> 55 pallets an hour.\n",
			kept: []string{"Throughput went from 40 -> 55 pallets an hour."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := StripQuoted(tt.in)
			checkLinePreserving(t, tt.in, out)
			outLines := strings.Split(out, "\n")
			for _, k := range tt.kept {
				found := false
				for _, l := range outLines {
					if l == k {
						found = true
					}
				}
				if !found {
					t.Errorf("line %q was removed; output:\n%s", k, out)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(out, g) {
					t.Errorf("%q was kept; output:\n%s", g, out)
				}
			}
		})
	}
}

func TestStripQuotedLinesCount(t *testing.T) {
	in := "Go ahead.\n\nOn Tue, Mar 4, 2025 at 9:12 AM Priya <p@example.com> wrote:\n>\n> May I?\n"
	out, removed := StripQuotedLines(in)
	// The attribution, ">" and "> May I?" are non-empty lines removed.
	if removed != 3 {
		t.Errorf("removed = %d, want 3; output %q", removed, out)
	}
	if out != StripQuoted(in) {
		t.Errorf("StripQuotedLines and StripQuoted disagree")
	}
	if _, removed := StripQuotedLines("Nothing to strip here.\n"); removed != 0 {
		t.Errorf("removed = %d from a plain message, want 0", removed)
	}
}

func TestStripQuotedEdgeInputs(t *testing.T) {
	for _, in := range []string{"", "\n", "\n\n\n", "-- ", ">", "Thanks,", "On 1 wrote:", "\r\n\r", strings.Repeat("> x\n", 1000)} {
		checkLinePreserving(t, in, StripQuoted(in))
	}
}
