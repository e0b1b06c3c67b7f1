package analyze_test

import (
	"testing"

	"github.com/leadlint/leadlint/analyze"
	"github.com/leadlint/leadlint/lexicons"
)

func findSignal(s analyze.Sentence, id string) *analyze.Signal {
	for i := range s.Signals {
		if s.Signals[i].ID == id {
			return &s.Signals[i]
		}
	}
	return nil
}

// TestGrammarRules pins each rule with positive and negative cases.
func TestGrammarRules(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		rule     string
		sentence string
		want     bool
	}{
		// 1. imperative mood
		{"grammar.imperative", "Send me the numbers by noon.", true},
		{"grammar.imperative", "Don't change the template.", true},
		{"grammar.imperative", "Do not touch the production database.", true},
		{"grammar.imperative", "Never send a contract without legal review.", true},
		{"grammar.imperative", "Please review the doc before Friday.", true},
		{"grammar.imperative", "Just ship it.", true},
		{"grammar.imperative", "Maria, send the deck to finance.", true},
		{"grammar.imperative", "Team, update your timesheets.", true},
		{"grammar.imperative", "- Update the tracker", true},
		{"grammar.imperative", "1. Book the room for Thursday.", true},
		{"grammar.imperative", "When you're done, update the tracker.", true},
		{"grammar.imperative", "I am trying to log in but keep getting an error.", false},
		{"grammar.imperative", "We will review it then send it back.", false},
		{"grammar.imperative", "Normally we would visit first and then talk about the plan.", false},
		{"grammar.imperative", "Often we test it then ship it on Friday.", false},
		{"grammar.imperative", "I know you are busy, but send it today.", true},
		{"grammar.imperative", "I read your note, and find it interesting.", false},
		{"grammar.imperative", "We built a place to write, read and share.", false},
		{"grammar.imperative", "If you want to confirm, click the link below.", true},
		{"grammar.imperative", "He also let me know that they are looking at it.", false},
		{"grammar.imperative", "When you get a chance go into the tracker and close the old tickets.", true},
		{"grammar.imperative", "We will let you know when you can apply for the beta.", false},
		{"grammar.imperative", "Let me see the draft before you send it.", true},
		{"grammar.imperative", "Loop in whoever you need.", false},
		{"grammar.imperative", "Quick follow-up on yesterday's numbers.", false},
		{"grammar.imperative", "Our mission hasn't changed: make great care easier to deliver.", false},
		{"grammar.imperative", "Your task for today: send the invoices.", true},
		{"grammar.imperative", "NEW this month: recycled business cards in five finishes.", false},
		{"grammar.imperative", "Fresh this week: British sweet peas and scented stocks.", false},
		{"grammar.imperative", "Send this week: the invoices for March.", true},
		{"grammar.imperative", "Don't be so hard on yourself for a slow month.", false},
		{"grammar.imperative", "Don't be late for the briefing.", true},
		{"grammar.imperative", "Try not to worry about the camera wobble.", false},
		{"grammar.imperative", "Try not to spill the varnish.", true},
		{"grammar.imperative", "You own the customer comms for the mains renewal, start to finish.", false},
		{"grammar.imperative", "Start to sand the edges before you prime.", true},
		{"grammar.imperative", "Don't let the little crack on the bottom tier bother you, nobody noticed.", false},
		{"grammar.imperative", "Don't let the dog out of the garden while the gate is open.", true},
		{"grammar.imperative", "Don't be embarrassed about signing slowly.", false},
		{"grammar.imperative", "Did you use a smaller needle? either way it worked", false},
		{"grammar.imperative", "Never would have thought of it.", false},
		{"grammar.imperative", "Never send a quote without my approval.", true},
		{"grammar.imperative", "Sync notes: 14 PRs merged, next call Thursday 16:00.", false},
		{"grammar.imperative", "Audit from the OEM is scheduled for the 14th.", false},
		{"grammar.imperative", "Page load time on the homepage has dropped to 1.6 seconds.", false},
		{"grammar.imperative", "Remember to bring your own music stand to practice this week!", true},
		{"grammar.imperative", "Use your own judgement on the refunds.", false},
		{"grammar.imperative", "Tomasz, set the loader rota up however works for the team.", false},
		{"grammar.imperative", "Work from home is fine on Fridays.", false},
		{"grammar.imperative", "Grace, the door-knock-then-call idea you trialled cut your missed drops by a third.", false},
		{"grammar.imperative", "Check with the supplier if the parts are in.", true},
		{"grammar.imperative", "Attendees were Sam and Tom; next review scheduled for the 14th.", false},
		{"grammar.imperative", "Notes from today; next update due Friday.", false},
		{"grammar.imperative", "Thanks all; next, review the scheduled items.", true},
		{"grammar.recognition", "You've earned it.", true},
		{"grammar.recognition", "Your instinct to ask for help was the right one.", true},
		{"grammar.recognition", "You picked the right time to ask.", false},
		{"grammar.recognition", "You're empowered to follow the new script exactly as written.", false},
		{"grammar.recognition", "You did exactly as I'd hoped.", true},
		{"grammar.recognition", "Honestly you're not going to get better just painting whatever you like.", false},
		{"grammar.recognition", "Your instinct to stop the boarding was the right one.", true},
		{"grammar.recognition", "You did not just do well, you nailed it.", true},
		{"grammar.recognition", "You look exactly the same lol", false},
		{"grammar.recognition", "You play it exactly like the recording.", false},
		{"grammar.recognition", "You asked exactly the right question.", true},
		{"grammar.recognition", "Your handling of the Henderson complaint was really professional.", true},
		{"grammar.recognition", "Your notes were a real lifesaver.", true},
		{"grammar.recognition", "Your professional development plan is due Friday.", false},
		{"grammar.recognition", "Arora's textbook covers it well.", false},
		{"grammar.imperative", "Follow up with the vendor today.", true},
		{"grammar.imperative", "Please, call-in or attend when the meeting is set.", true},
		{"grammar.imperative", "Lock the cart whenever you step away from it.", true},
		{"grammar.check-up", "Why don't you want it?", true},
		{"grammar.check-up", "You're closer to the players than I am, so how do you think we should handle the rematch?", false},
		{"grammar.check-up", "You think this is a good idea?", true},
		{"grammar.recognition", "You've clearly been reading up on coaching, the way you explain things is so clear and kind", true},
		{"grammar.recognition", "You signed up in May, your notes are excellent", true},
		{"grammar.recognition", "Just finished chapter three and I'm hooked. Your dialogue is so natural", true},
		{"grammar.check-up", "What kind of paint did you use, masonry or exterior acrylic?", false},
		{"grammar.check-up", "What kind of manager does that to a new starter?", true},
		{"grammar.check-up", "What sort of nonsensical assignment is this?", true},
		{"grammar.check-up", "the colour choice is so cute!! did you pick the yarn yourself?", false},
		{"grammar.check-up", "You sent the invoice yourself?", true},
		{"grammar.recognition", "Love the photo of them around the fire. You clearly planned this really well", true},
		{"grammar.check-up", "hey did the AV supplier ever confirm the second projector??", true},
		{"grammar.check-up", "Has anyone actually tested the livestream link yet?", true},
		{"grammar.check-up", "Did the old printer ever work properly?", false},
		{"grammar.request", "Why don't you want it?", false},
		{"grammar.request", "Why don't you try the other branch?", true},
		{"grammar.check-up", "@Colin why aren't they defined?", true},
		{"grammar.check-up", "http://example.com/auth/#groups Why aren't you using groups?", true},
		{"grammar.check-up", "You don't happen to have a demo you could share?", false},
		{"grammar.check-up", "You didn't send it?", true},
		{"grammar.check-up", "What were you thinking?!", true},
		{"grammar.check-up", "How could you let this happen?", true},
		{"grammar.open-question", "Take a look and tell me what you think.", true},
		{"grammar.open-question", "Tell me straight what's wrong with the new layout.", true},
		{"grammar.open-question", "Tell me straight away if the pump fails.", false},
		{"grammar.open-question", "What's one thing about our review process that made you hesitate to contribute?", true},
		{"grammar.imperative", "If you spot a pattern in the complaints, flag it.", true},
		{"grammar.autonomy-support", "I'd like you to decide how we staff the new clinic.", true},
		{"grammar.want-you-to", "I'd like you to decide how we staff the new clinic.", false},
		{"grammar.want-you-to", "You're on the rota, so I'd expect you at the muster point at 7 sharp.", true},
		{"grammar.want-you-to", "I'd expect you to find it on the second shelf.", false},
		{"grammar.open-question", "You know this customer better than anyone; how should we approach them?", true},
		{"grammar.check-up", "You know this customer better than anyone; how should we approach them?", false},
		{"grammar.check-up", "You can narrow this down; are you on a mountain bike?", true},
		{"grammar.check-up", "Who authorised this discount?", true},
		{"grammar.recognition", "You handled that angry customer brilliantly.", true},
		{"grammar.recognition", "If you swipe down, a beautifully carved shelf appears.", false},
		{"grammar.autonomy-support", "Pick the project that excites you most.", true},
		{"grammar.autonomy-support", "Take a couple of days, then book the next one when YOU feel ready.", true},
		{"grammar.want-you-to", "I'm going to need you to cancel your leave.", true},
		{"grammar.imperative", "Sit down with HR after lunch.", true},
		{"grammar.obligation", "Teachers are expected to submit lesson plans every Friday.", true},
		{"grammar.obligation", "Lesson plans should be submitted to your lead 48 hours in advance.", true},
		{"grammar.obligation", "You know them best, so how do you think we should handle the rematch?", false},
		{"grammar.obligation", "The only rule for this trial is to try stuff and tell us what you learn.", false},
		{"grammar.obligation", "The only rule is to sign in before you start.", true},
		{"grammar.obligation", "Bearers must be in full dress at the chapel doors by ten.", true},
		{"grammar.obligation", "Loaders need to be on the stand by six.", true},
		{"grammar.obligation", "The winners were thrilled.", false},
		{"grammar.obligation", "You'll come out the other side of this.", false},
		{"grammar.obligation", "You'll come to the depot at six.", true},
		{"grammar.obligation", "The fact you're open to it means you'll improve fast.", false},
		{"grammar.obligation", "The Lees' return still has to go today.", true},
		{"grammar.obligation", "Don't listen to anyone saying you need to learn theory first.", false},
		{"grammar.obligation", "I'm telling you that you need to finish it.", true},
		{"grammar.obligation", "In ten years I want every child in the country to have walked through these doors.", false},
		{"grammar.want-you-to", "In ten years I want every child in the country to have walked through these doors.", false},
		{"grammar.want-you-to", "I want everyone to have signed the sheet by 9.", true},
		// a vision named as a document whose history is reported is a mention
		{"vision.mission", "Our mission statement about access for all was written in 2011.", false},
		{"vision.mission", "Our mission is to make care easier to reach.", true},
		{"vision.mission", "Our mission statement was rewritten during the 2021 rebrand.", false},
		{"horizon.multi-year", "The service's ten-year vision was presented to the fire authority in March.", false},
		{"horizon.multi-year", "Our ten-year plan is to open a station in every town.", true},
		{"vision.the-vision", "Our research strategy, including its vision for open science, was approved by Senate in 2021.", false},
		{"grammar.recognition", "You're empowered to use the checklist template exactly as it stands.", false},
		{"grammar.open-question", "The only rule for your first few returns is to ask questions.", false},
		{"grammar.obligation", "The only rule for your first few returns is to ask questions.", false},
		{"grammar.obligation", "What should we stop doing?", false},
		{"grammar.obligation", "Councillors are asked to submit apologies to the clerk.", true},
		{"grammar.obligation", "You are asked to submit the form.", true},
		{"grammar.obligation", "Allotment rents should be paid to the clerk by 1 October.", true},
		{"grammar.obligation", "The parcel should be delivered on 1 October.", false},
		{"grammar.obligation", "Nobody is to feed the foxes.", true},
		{"grammar.obligation", "Our scholarships team will assess all eligible applicants automatically.", false},
		{"grammar.obligation", "The team will send me their timesheets by Friday.", true},
		{"grammar.obligation", "Results are expected to improve next year.", false},
		{"grammar.need-statement", "I need a full incident report within the hour.", true},
		{"grammar.autonomy-support", "I'd like the new volunteers to shape how we welcome the next group.", true},
		{"grammar.open-question", "Which parts of the new rota are working for you?", true},
		{"grammar.imperative", "Charge nurses are required to audit five charts per shift.", false},
		{"grammar.imperative", "Call Bob, he is waiting.", true},
		{"grammar.open-question", "Have you thought about running a shift?", true},
		{"grammar.check-up", "Who gave you permission to change the config?", true},
		{"grammar.obligation", "This must be escalated to compliance immediately.", true},
		{"grammar.obligation", "All personnel will report to the muster point at 0700.", true},
		{"grammar.obligation", "Contractors must not access the site without an escort.", true},
		{"grammar.obligation", "You are not to discuss the investigation with anyone.", true},
		{"grammar.open-question", "Try the new tool and tell us honestly how it works.", true},
		{"grammar.obligation", "It must be broken.", false},
		{"grammar.obligation", "All rota swaps must be agreed with the practice manager.", true},
		{"grammar.need-statement", "I need final numbers for the quiz night catering by noon tomorrow.", true},
		{"grammar.need-statement", "We need new ideas for the spring campaign.", false},
		{"grammar.need-statement", "We still need an official English translation of your school certificate.", true},
		{"grammar.need-statement", "We need a new way of working.", false},
		{"grammar.need-statement", "We need a signed photo consent form for every pupil.", true},
		{"grammar.need-statement", "We still need proof of address before the valuation can be booked.", true},
		{"grammar.need-statement", "We require a valid VAT registration number to remove VAT from invoices.", true},
		{"grammar.need-statement", "We still need a copy of your exemption certificate to process the claim.", true},
		{"grammar.need-statement", "Long term I want this plant known as the place other sites come to learn.", false},
		{"grammar.need-statement", "I want this report on my desk by Friday.", true},
		{"grammar.need-statement", "I need your bank details to reimburse you for the bunting.", true},
		{"grammar.need-statement", "We need the EORI number of the importer to lodge the declaration.", true},
		{"grammar.need-statement", "We need the whole team to feel part of it.", false},
		{"grammar.check-up", "Did you have a good weekend?", false},
		{"grammar.offer", "Is there anything you need from me?", true},
		{"grammar.check-up", "why is the report still not done, it was due yesterday", true},
		{"grammar.imperative", "such a calm, clear explanation.", false},
		{"grammar.obligation", "Whichever way you go I think you'll land on your feet.", false},
		{"grammar.obligation", "You will manage the Henderson account from Monday.", true},
		{"grammar.check-up", "WHY DID I LET MYSELF DO THAT", false},
		{"grammar.offer", "Need any help with the boxes?", true},
		{"grammar.check-up", "Have you had lunch yet?", false},
		{"grammar.check-up", "Did you have the invoice sent?", true},
		{"grammar.want-you-to", "I need your team to finish the audit by Friday.", true},
		{"grammar.want-you-to", "I'll ask the hygienist to give you a call tomorrow.", false},
		{"grammar.want-you-to", "I'm asking everyone to be on time.", true},
		{"grammar.request", "We'd be grateful if residents could refrain from leaving bikes in the stairwell.", true},
		{"grammar.request", "I'd love it if you could both pop in to sign the contract.", true},
		{"grammar.request", "If anyone can get that garden approved, it's you.", false},
		{"grammar.imperative", "The float was short again - count it twice before you sign.", true},
		{"grammar.imperative", "Closing at 2pm on Christmas Eve, open as normal on the 27th.", false},
		{"grammar.obligation", "We agreed to move the launch.", false},
		{"grammar.obligation", "Tell me what you need to make this work.", false},
		{"grammar.obligation", "What you need to do is call them.", true},
		{"grammar.obligation", "Devs are not to push directly to prod.", true},
		{"grammar.autonomy-support", "Pair with whoever you want on this.", true},
		{"grammar.check-up", "You have real leadership instincts; have you thought about running a shift?", false},
		{"grammar.need-statement", "I'd like an explanation for why the line was down.", true},
		{"grammar.imperative", "Don't hold back, I want the honest version.", false},
		{"grammar.open-question", "Don't hold back, I want the honest version.", true},
		{"grammar.need-statement", "I want the honest version.", false},
		{"grammar.open-question", "Tell me about a time this year you felt proud of your work.", true},
		{"grammar.open-question", "Tell me about the delay.", false},
		{"grammar.want-you-to", "It looks like I'm going to need Monday to drive up.", false},
		{"grammar.need-statement", "I expect a full post-mortem on my desk by Monday.", true},
		{"grammar.need-statement", "I need a break.", false},
		{"grammar.imperative", "Anyone who wants to lead a workstream, put your hand up.", false},
		{"grammar.autonomy-support", "Anyone who wants to lead a workstream, put your hand up.", true},
		{"grammar.imperative", "Take a look and tell me what you think.", true},
		{"grammar.open-question", "Read it over and let me know your thoughts.", true},
		{"grammar.open-question", "Fix the bug and tell me when it's done.", false},
		{"grammar.open-question", "How could you let this happen?", false},
		{"grammar.open-question", "How could you approach it differently?", true},
		{"grammar.imperative", "If a deal has sat in stage 2 for a month, either move it forward or kill it.", true},
		{"grammar.imperative", "Either way, we ship on Friday.", false},
		{"grammar.imperative", "Either Tom or Jen will cover the desk.", false},
		{"grammar.imperative", "Only use the approved suppliers.", true},
		{"grammar.obligation", "What would you need to make next quarter your best yet?", false},
		{"grammar.obligation", "What do you need to finish first?", false},
		{"grammar.imperative", "Only then will we know.", false},
		{"grammar.need-statement", "I would like 4 tickets for the home game.", true},
		{"grammar.need-statement", "We need two volunteers for Saturday.", true},
		{"grammar.need-statement", "We need two more weeks.", false},
		{"grammar.open-question", "The draft goes out Friday and I want your comments on it.", true},
		{"grammar.obligation", "Next month you'll pick where you want to help.", false},
		{"grammar.request", "Could you re-send the invite?", true},
		{"grammar.imperative", "Re-send the file to Ana.", true},
		{"grammar.imperative", "Re: budget meeting", false},
		{"grammar.obligation", "Next month you'll cover the early shift.", true},
		{"grammar.need-statement", "I want every small clinic in the region to run on software built for it.", false},
		{"grammar.need-statement", "Need some volunteers who would like to help on Saturday.", true},
		{"grammar.need-statement", "The draft goes out Friday and I want your comments on it.", false},
		{"grammar.need-statement", "I need your feedback by noon.", true},
		{"grammar.check-up", "Who signed off on this?!", true},
		{"grammar.open-question", "What were you thinking?!", false},
		{"grammar.open-question", "What were you thinking of trying next?", true},
		{"grammar.obligation", "You do need to share what you learn at the demo.", true},
		{"grammar.obligation", "Starting Monday, all medication rounds must be double-signed.", true},
		{"grammar.obligation", "This needs to be fixed today.", true},
		{"grammar.obligation", "The form must be filed by Friday.", true},
		{"grammar.obligation", "It must be broken again.", false},
		{"grammar.obligation", "Take the time you need to get it right.", false},
		{"grammar.recognition", "You need to get it right this time.", false},
		{"grammar.need-statement", "I'll need a daily summary of everything you worked on.", true},
		{"grammar.need-statement", "I need a written explanation for the missed delivery.", true},
		{"grammar.need-statement", "I need a quick break.", false},
		{"grammar.obligation", "That must have been hard.", false},
		{"grammar.obligation", "You must have worked all weekend on this.", false},
		{"grammar.obligation", "You must have completed the safety training before you start.", true},
		{"grammar.obligation", "The contracts must have been signed by then.", true},
		{"grammar.recognition", "Pick the approach you think is best.", false},
		{"grammar.recognition", "If you have outstanding reports, submit them today.", false},
		{"grammar.recognition", "You did outstanding work on the audit.", true},
		{"grammar.imperative", "Let me see, the meeting is at 3.", false},
		{"grammar.imperative", "Let me see if I can help.", false},
		{"grammar.imperative", "Quick update on the Q3 launch.", false},
		{"grammar.imperative", "Update on the launch: we slipped a week.", false},
		{"grammar.imperative", "Update the tracker before noon.", true},
		{"grammar.autonomy-support", "If anyone sees a better way to recover the two weeks, tell me.", true},
		{"grammar.imperative", "If anyone sees a better way to recover the two weeks, tell me.", false},
		{"grammar.check-up", "Did everyone get a chance to review the test plan?", true},
		{"grammar.request", "Just to verify, can you send the log?", true},
		{"grammar.direct-question", "I am sorry but how do I delete the old keys?", true},
		{"grammar.imperative", "Be on time tomorrow.", true},
		{"grammar.imperative", "Let's try a new approach.", false},
		{"grammar.imperative", "Let me explain the plan.", false},
		{"grammar.imperative", "Feel free to change the agenda.", false},
		{"grammar.imperative", "Imagine what we could build together.", false},
		{"grammar.imperative", "Thanks for the update.", false},
		{"grammar.imperative", "Have a great weekend.", false},
		{"grammar.imperative", "We shipped the release yesterday.", false},
		{"grammar.imperative", "The report is attached.", false},
		{"grammar.imperative", "Design is done.", false},
		{"grammar.imperative", "Pick accuracy 99.1% (target 99.5%).", false},
		{"grammar.imperative", "Hope you had a good break.", false},
		{"grammar.imperative", "Did you send it?", false},

		// 2. obligation and control frames
		{"grammar.obligation", "You must follow the checklist.", true},
		{"grammar.obligation", "You have to be in the office by eight.", true},
		{"grammar.obligation", "You need to finish this by Friday.", true},
		{"grammar.obligation", "You are required to log every call.", true},
		{"grammar.obligation", "You will send me a summary every evening.", true},
		{"grammar.obligation", "Everyone must attend the safety briefing.", true},
		{"grammar.obligation", "You can't change the pricing.", true},
		{"grammar.obligation", "All invoices must be approved by finance.", true},
		{"grammar.obligation", "Nobody is to leave before the audit ends.", true},
		{"grammar.obligation", "You will love the new office.", false},
		{"grammar.obligation", "I have to leave early.", false},
		{"grammar.obligation", "It must be nice to be done.", false},
		{"grammar.obligation", "Do you have to leave early?", false},
		{"grammar.want-you-to", "I need you to call the client today.", true},
		{"grammar.want-you-to", "I want you to send the launch plan.", true},
		{"grammar.want-you-to", "I expect everyone to be on time.", true},
		{"grammar.want-you-to", "I want to thank you for the help.", false},
		{"grammar.need-statement", "I need the numbers by noon.", true},
		{"grammar.need-statement", "Need the final deck before the call.", true},
		{"grammar.need-statement", "I need to leave at four.", false},

		// 3. questions
		{"grammar.open-question", "What do you think?", true},
		{"grammar.open-question", "How might we make onboarding easier?", true},
		{"grammar.open-question", "Which option would you prefer?", true},
		{"grammar.open-question", "What motivates you most in this job?", true},
		{"grammar.open-question", "Let me know what you think of the draft.", true},
		{"grammar.open-question", "Share your suggestions for the offsite.", true},
		{"grammar.open-question", "Let me know if you have questions.", false},
		{"grammar.imperative", "Let me know what you think of the draft.", true},
		{"grammar.open-question", "Who else should we involve in the decision?", true},
		{"grammar.open-question", "Who approved this?", false},
		{"grammar.check-up", "Is there a reason the slides aren't finished?", true},
		{"grammar.request", "I was wondering if I could get a copy of the contract.", true},
		{"grammar.request", "I was hoping you could introduce me to their CFO.", true},
		{"grammar.direct-question", "Do you have a few minutes to chat this afternoon?", true},
		{"grammar.obligation", "We should have the results by Friday.", false},
		{"grammar.obligation", "I think you should have this conversation with her directly.", true},
		{"grammar.obligation", "You should have asked me first.", true},
		{"grammar.request", "I was wondering if I could join the call.", false},
		{"grammar.request", "Could I borrow your notes from Monday?", true},
		{"grammar.request", "Could I possibly get a copy of the contract?", true},
		{"grammar.request", "Can I just say how proud I am?", false},
		{"grammar.check-up", "Is there a reason to prefer the second vendor?", false},
		{"grammar.open-question", "What frustrates you about the release process?", true},
		{"grammar.open-question", "Any thoughts on the draft?", true},
		{"grammar.open-question", "What time is the meeting?", false},
		{"grammar.open-question", "Did you send it?", false},
		{"grammar.check-up", "Did you send it?", true},
		{"grammar.check-up", "Do you really need a second database?", true},
		{"grammar.check-up", "Is it really that hard to add a test?", true},
		{"grammar.check-up", "Do I really want to rewrite it?", false},
		{"grammar.check-up", "What exactly do you want to change?", true},
		{"grammar.open-question", "What exactly do you want to change?", false},
		{"grammar.open-question", "What do you want to change?", true},
		{"grammar.check-up", "What makes you think that will work?", true},
		{"grammar.open-question", "What makes you think that will work?", false},
		{"grammar.open-question", "How long does your test suite take?", false},
		{"grammar.open-question", "What's your take on the new layout?", true},
		{"grammar.check-up", "Have you finished the report?", true},
		{"grammar.check-up", "Is the migration done yet?", true},
		{"grammar.check-up", "Why isn't this done?", true},
		{"grammar.check-up", "Where are we on the launch?", true},
		{"grammar.check-up", "What do you think?", false},
		{"grammar.check-up", "Did you enjoy the offsite?", false},
		{"grammar.check-up", "Have you considered a different vendor?", false},
		{"grammar.request", "Can you send me the report?", true},
		{"grammar.request", "Could you please review my pull request?", true},
		{"grammar.request", "Why not just use the standard library?", true},
		{"grammar.request", "Why not?", false},
		{"grammar.request", "When you get a chance would you redraft the invoice?", true},
		{"grammar.request", "Mind double-checking the phone number before we print?", true},
		{"grammar.request", "Can all members review the attached budget papers?", true},
		{"grammar.request", "Can Oliver bring his past papers to the next lesson?", true},
		{"grammar.request", "Can Excel handle that many rows?", false},
		{"grammar.request", "Would your U12s be willing to move their kick-off to 9.30?", true},
		{"grammar.request", "Sorry but if you get a sec can you send me photos of the cabinet.", true},
		{"grammar.request", "If you can you should come along.", false},
		{"grammar.request", "@dana can you share the link?", true},
		{"grammar.request", "What would you change first?", false},
		{"grammar.request", "Would you mind updating the wiki?", true},
		{"grammar.request", "I was wondering if you could cover my shift.", true},
		{"grammar.request", "Would you like to lead the retro?", false},
		{"grammar.request", "Can we meet on Tuesday instead?", false},
		{"grammar.offer", "Would you like to lead the retro?", true},
		{"grammar.offer", "How can I help?", true},
		{"grammar.offer", "Would you send me the file?", false},
		{"grammar.request", "Could everybody send their availability by Thursday?", true},
		{"grammar.request", "Could someone from finance check the invoice?", true},
		{"grammar.request", "can everyone on saturday's rota confirm by thursday night pls", true},
		// "do you" dropped; "You want to ...?" asks back what was meant
		{"grammar.offer", "want to run the roadmap review next week?", true},
		{"grammar.offer", "So you want to compress the strings first?", false},

		// recognition of the reader's work
		{"grammar.recognition", "Your design sense is exactly what this project needed.", true},
		{"grammar.recognition", "Raj, the way you calmed that customer down was a masterclass.", true},
		{"grammar.recognition", "Your report is late again.", false},
		{"grammar.recognition", "You are not great at deadlines.", false},
		{"grammar.recognition", "Is your laptop working?", false},
		{"grammar.recognition", "You are the reason we hit our number.", true},
		{"grammar.recognition", "You are the reason the launch slipped.", false},

		// autonomy support
		{"grammar.autonomy-support", "Could you take a look when you can?", true},
		{"grammar.autonomy-support", "Maybe you could try the other vendor.", true},
		{"grammar.autonomy-support", "Maybe you are right.", false},
		{"grammar.autonomy-support", "If you'd like, take the Friday slot.", true},
		{"grammar.autonomy-support", "Send me the draft.", false},
		{"grammar.autonomy-support", "Pick the tools you're most comfortable with.", true},
		{"grammar.autonomy-support", "Pick the conference you'd most like to present at.", true},
		{"grammar.autonomy-support", "Choose the shift you'd prefer.", true},
		{"grammar.imperative", "Pick the tools you're most comfortable with.", false},
		{"grammar.autonomy-support", "Maybe. Or not.", false},

		// please + verb anywhere, requests for the reader's time
		{"grammar.imperative", "When you have time please send me the list.", true},
		{"grammar.imperative", "Promise me you won't tell anyone?", true},
		// whatever follows "please" is the verb, whatever its tag
		{"grammar.imperative", "Please maintain confidentiality of this memo.", true},
		{"grammar.imperative", "To log in to the portal please visit:", true},
		{"grammar.imperative", "Please see the attached schedule.", true},
		{"grammar.imperative", "Please let Brent know that I am out on Monday.", true},
		{"grammar.imperative", "Please let us know where the report is.", true},
		{"grammar.imperative", "Let the whole team know the demo moved.", true},
		{"grammar.imperative", "Please let finance know the invoices are late.", true},
		{"grammar.imperative", "Let's see what we know.", false},
		{"grammar.imperative", "Sam, please do not share this link with anyone.", true},
		{"grammar.imperative", "Please don't hesitate to ask.", false},
		{"grammar.imperative", "Use the spare laptop when you want to test the build.", true},
		{"grammar.imperative", "Please, thanks.", false},
		{"grammar.imperative", "When you come in please bring the spare laptops.", true},
		{"grammar.imperative", "If you can, please focus on the invoices.", true},
		{"grammar.imperative", "When you are done please sends it.", false},
		{"grammar.enthusiasm", "Let's ship it!", true},
		{"grammar.imperative", "Watch it and tell me what you think.", true},
		{"grammar.imperative", "Pick whichever option you think fits.", false},
		// "see" orders when it says what to see
		{"grammar.imperative", "See the attached schedule for dates.", true},
		{"grammar.imperative", "See below for the new rota.", true},
		{"grammar.imperative", "See, that's my point.", false},
		{"grammar.imperative", "See you on Monday.", false},
		{"grammar.imperative", "But we'll see in November.", false},
		{"grammar.imperative", "Look, I know it has been a long week.", false},
		{"grammar.imperative", "Please do not hesitate to call me.", false},
		{"grammar.need-statement", "We would like to meet with you next week.", true},
		{"grammar.need-statement", "I would like to thank everyone for coming.", false},
		{"grammar.obligation", "You should know some of the people there.", false},
		{"grammar.obligation", "Even though you may not believe it.", false},
		// a necessity inside a condition or a relative clause obliges no one
		{"grammar.obligation", "If you need to change the date, call me.", false},
		{"grammar.obligation", "Ask them who you should call about it.", false},
		{"grammar.obligation", "When you arrive, you must sign in at the desk.", true},
		{"grammar.obligation", "You must be tired after that trip.", false},
		{"grammar.obligation", "You must be on time for the audit.", true},
		{"grammar.obligation", "Ill have to give it a try.", false},
		{"grammar.obligation", "Id have to ask my manager first.", false},

		// later clauses, challenge questions, reassurance
		{"grammar.imperative", "Great job on the report, now redo the last three pages.", true},
		{"grammar.imperative", "Sorry, one more thing: please redo the intro paragraph.", true},
		{"grammar.imperative", "The report covers 12 regions, broken down by store.", false},
		{"grammar.imperative", "Don't worry about the formatting.", false},
		{"grammar.imperative", "Don't know what else I can do about it.", false},
		{"grammar.imperative", "Don't think so.", false},
		{"grammar.imperative", "Don't think twice about asking.", true},
		{"grammar.imperative", "Look forward to seeing everyone on Monday.", false},
		{"grammar.imperative", "Look at the second chart.", true},
		{"grammar.imperative", "Soap on porous clay leaves a taste.", false},
		{"grammar.imperative", "Forgive the delay on this one.", false},
		{"grammar.imperative", "Send the nice deck to the board.", true},
		{"grammar.imperative", "Go ahead and experiment with the layout.", false},
		{"grammar.imperative", "Mark, go ahead and set up the meeting.", true},
		{"grammar.autonomy-support", "Go ahead, the call is yours.", true},
		{"grammar.imperative", "Log in with your staff account.", true},
		{"grammar.open-question", "Could you elaborate on the second step?", true},
		{"grammar.request", "Could you elaborate on the second step?", false},
		{"grammar.open-question", "Can you clarify?", true},
		{"grammar.open-question", "Could you explain a bit more?", true},
		{"grammar.open-question", "Can you clarify the requirements for the audit?", false},
		{"grammar.request", "Can you clarify the requirements for the audit?", true},
		{"grammar.open-question", "Can you explain what you mean by scope?", true},
		{"grammar.open-question", "Explain why you missed the deadline.", false},
		{"grammar.request", "Can you explain why the build is late?", true},
		{"grammar.imperative", "Had a call with the vendor this morning.", false},
		{"grammar.imperative", "Got back late, still catching up.", false},
		{"grammar.imperative", "have u tried the new build", false},
		{"grammar.imperative", "We tried twice but never finished it.", false},
		{"grammar.imperative", "Never proceed without a second reviewer.", true},
		{"grammar.imperative", "Cut the intro to one slide.", true},
		{"grammar.imperative", "Find a routine that works for you.", false},
		{"grammar.imperative", "Carla closed the Anderson deal.", false},
		{"grammar.imperative", "Dude that demo was sick.", false},
		{"grammar.imperative", "Screw the naysayers, it shipped.", false},
		{"grammar.imperative", "**Notes:** the vendor called.", false},
		{"grammar.recognition", "You could paste the log right here.", false},
		{"grammar.imperative", "Or `which git`?", false},
		{"grammar.direct-question", "Which branch is the build from?", true},
		{"grammar.direct-question", "Isn't it amazing how much the little ones have grown this year?", false},
		{"grammar.direct-question", "Isn't it obvious?", true},
		{"grammar.direct-question", "Who knew tulips could cause this much drama?", false},
		{"grammar.direct-question", "Who would have thought we'd get a heatwave in April?", false},
		{"grammar.direct-question", "Who knows the alarm code?", true},
		{"grammar.direct-question", "Who doesn't love a quiet early-morning swim?", false},
		{"grammar.direct-question", "Who could have predicted the rig would fail on opening night?", false},
		{"grammar.direct-question", "Who doesn't have a key?", true},
		{"grammar.direct-question", "How many hours did your instructor recommend?", true},
		{"grammar.open-question", "How many hours did your instructor recommend?", false},
		{"grammar.open-question", "What made you go for N gauge?", true},
		{"grammar.open-question", "How did you land on your split?", true},
		{"grammar.open-question", "What inspired the stencil pattern?", true},
		{"grammar.open-question", "How are you feeling after it?", true},
		{"grammar.open-question", "How did it feel at the end?", true},
		{"grammar.open-question", "Jess, you've seen more fraud flags than anyone, how would you route them?", true},
		{"grammar.check-up", "Jess, you've seen more fraud flags than anyone, how would you route them?", false},
		{"grammar.open-question", "You seem like a smart guy, where did you get the idea from?", false},
		{"grammar.check-up", "You've sent it, haven't you?", true},
		{"grammar.check-up", "Orchard Close update??", true},
		{"grammar.check-up", "Update on the Leverhulme extension?", true},
		{"grammar.check-up", "What's the status of the cleaning validation protocol?", true},
		{"grammar.check-up", "What's the ETA on the parts?", true},
		{"grammar.check-up", "What's happening with the Henderson contract?", true},
		{"grammar.check-up", "Update on the rota: shifts are posted.", false},
		{"grammar.check-up", "Windows update failed again overnight.", false},
		{"grammar.need-statement", "I want four shops where people come in for the coffee.", false},
		{"grammar.need-statement", "I want the report where I can see it.", true},
		{"grammar.direct-question", "Isn't it obvious?", true},
		{"grammar.direct-question", "Shouldn't this be cached?", true},
		{"grammar.direct-question", "Wouldn't it be easier to use a map?", false},
		{"grammar.direct-question", "Are you free for a call on Monday?", true},
		{"grammar.direct-question", "Are you sure about the numbers?", false},
		{"grammar.direct-question", "Have you got the signed copy?", true},
		{"grammar.direct-question", "Is there an agenda for the Friday meeting?", true},
		{"grammar.direct-question", "Do we have a list of attendees?", true},
		{"grammar.direct-question", "Has anyone seen the spare keys?", true},
		{"grammar.direct-question", "Do you know Ana from finance?", false},
		{"grammar.direct-question", "Is it a bug in the parser?", false},
		{"grammar.direct-question", "Can you send the signed copy?", false},
		{"grammar.autonomy-support", "Have you got the signed copy?", true},
		{"grammar.inclusive-imperative", "Let's meet on Tuesday to go through it.", true},
		{"grammar.inclusive-imperative", "Thursday, usual time?", true},
		{"grammar.inclusive-imperative", "Perhaps coffee or lunch?", true},
		{"grammar.inclusive-imperative", "What time is the call on Friday?", false},
		{"grammar.inclusive-imperative", "Could you send me the Friday numbers and the forecast for next quarter?", false},
		{"grammar.inclusive-imperative", "Thanks, lets sync after the call.", true},
		{"grammar.inclusive-imperative", "Let's face it, the plan slipped.", false},
		{"grammar.inclusive-imperative", "Let us know if it slips.", false},
		{"grammar.inclusive-imperative", "It lets you export the report.", false},
		{"grammar.imperative", "Let's meet on Tuesday.", false},
		{"grammar.enthusiasm", "Congrats on the launch!", true},
		// the word after "Could you" is the verb whatever its tag
		{"grammar.request", "Could you attempt to get Lucio to respond?", true},
		{"grammar.request", "Would you rather do lunch tomorrow?", false},
		{"grammar.request", "Can you imagine having to work there?", false},
		// the emphatic "do" stands for the verb it repeats
		{"grammar.imperative", "If you need to call me please do so.", true},
		{"grammar.imperative", "Please do come to the party.", true},
		// "better" with a verb warns; with a noun or alone it praises or compares
		{"grammar.obligation", "You'd better send it today.", true},
		{"grammar.obligation", "Alison, better send me what you have.", true},
		{"grammar.obligation", "Better late than never.", false},
		{"grammar.recognition", "You better send it today.", false},
		{"grammar.recognition", "You did better than anyone this quarter.", true},
		// an order that follows the reader's own judgement hands it over
		{"grammar.imperative", "If you see a better way, take it.", false},
		{"grammar.autonomy-support", "If you see a better way, take it.", true},
		// where things are kept, stated as a fact, is a house rule
		{"grammar.obligation", "Phones stay in lockers during shifts.", true},
		{"grammar.obligation", "Mobile phones stay in the bags until the final whistle.", true},
		{"grammar.obligation", "All tools go back in the shed at the end of the day.", true},
		{"grammar.obligation", "Prices stay in range during the sale.", false},
		{"grammar.obligation", "Laptops go on sale Monday.", false},
		{"grammar.obligation", "Phones go off at the worst moments.", false},
		// a status check with "actually" before a chasing verb
		{"grammar.check-up", "Did anyone actually chase the GP about the antibiotics?", true},
		{"grammar.check-up", "Did you ever find a solution?", false},
		{"grammar.check-up", "Did the updated guidance come out on Wednesday or Thursday?", false},
		{"grammar.check-up", "Has the contract been signed or not?", true},
		{"grammar.check-up", "Did I tell you Sam got into Michigan?!", false},
		{"grammar.check-up", "Did he send it?", true},
		// items of a list of nouns are not orders
		{"grammar.imperative", "Our support team is available by chat, phone, or email.", false},
		{"grammar.imperative", "Grab your coat, lock up, go home.", true},
		// formulas of apology ask nothing; "Excuse me?" is indignation
		{"grammar.imperative", "Please excuse any typos, this was sent from my phone.", false},
		{"grammar.imperative", "Forgive me, I'm new here.", false},
		{"grammar.imperative", "Excuse me? Since when?", true},
		{"grammar.imperative", "Excuse yourself from the meeting.", true},
		// verbless status checks, and "where are we?" asked on its own
		{"grammar.check-up", "Door log done?", true},
		{"grammar.check-up", "Lisbon lost-property log - where are we?", true},
		{"grammar.check-up", "All good?", false},
		{"grammar.check-up", "Where are we meeting?", false},
		// a sanction in the passive after an unmet condition
		{"grammar.obligation", "If the cabin report isn't submitted within 24 hours it will be escalated to your base manager.", true},
		{"grammar.obligation", "If it rains, it will be cancelled.", false},
		// the hypothetical asks the reader's view
		{"grammar.open-question", "If you could change one thing about how we welcome visitors, what would it be?", true},
		{"grammar.request", "If you could change one thing about how we welcome visitors, what would it be?", false},
		{"grammar.request", "If you could send me the file by noon, that would help.", true},
		// a figure after "up" or "down" reports a change
		{"grammar.imperative", "Minutes: footfall up 12% on last quarter, mainly Saturday mornings.", false},
		{"grammar.imperative", "Turn it up 10 notches.", true},
		// where a verbless rule holds
		{"grammar.imperative", "Phones away on the gallery floor.", true},
		{"grammar.imperative", "Sales down in March.", false},
		// a prohibition with "used"; schedules in the passive are no duties
		{"grammar.obligation", "Mobile phones are not to be used in the cab under any circumstances.", true},
		{"grammar.obligation", "Liquid nitrogen is delivered every second Tuesday.", false},
		{"grammar.obligation", "The 07:40 service is diverted via Station Road until the bridge works finish.", false},
		// a part taken from the reader, or a plan revisited, after an unmet condition
		{"grammar.obligation", "If the chapter draft isn't with me by the 15th, you won't be presenting at the retreat.", true},
		{"grammar.obligation", "If inspection scores haven't improved by month end, we will be revisiting the rota.", true},
		{"grammar.obligation", "If you can't make it Friday, you won't be missing much.", false},
		// the team's want inside a question word's clause is worked out together
		{"grammar.want-you-to", "Let's all sit down and sketch what we want the next grant to be about.", false},
		{"grammar.need-statement", "Let's decide together how we want the new rest room set up.", false},
		{"grammar.want-you-to", "I want you to send it today.", true},
		// a repeat offence conditions an ultimatum as an unmet demand does
		{"grammar.obligation", "If you miss another call without letting me know, I will have to recast the role.", true},
		{"grammar.obligation", "If the cab gets left in that state again you'll be off the vehicle.", true},
		{"grammar.obligation", "If it happens again, we'll talk about it.", false},
		// British "ring", and duties laid on a role
		{"grammar.request", "could you ring mrs patel back re the bloods when you get a sec", true},
		{"grammar.obligation", "Junior vets should phone the on-call senior before euthanasing any patient out of hours.", true},
		// the indirect question for a fact, put to anyone
		{"grammar.direct-question", "Does anyone know who is on call this weekend?", true},
		// what apps and ballots tell people to do
		{"grammar.imperative", "Swipe down on any notification to dismiss it.", true},
		{"grammar.imperative", "Vote for our team in the chili cook-off!", true},
		// "whenever you're ready" and "unless you want to" leave the choice
		{"grammar.autonomy-support", "Approved, merge whenever you're ready.", true},
		{"grammar.autonomy-support", "Don't redo it unless you want to.", true},
		// "Please accept our apologies" stays a request, as the email raters read it
		{"grammar.imperative", "Please accept our apologies for the inconvenience.", true},
		// chat's abbreviations open a remark, not an order
		{"grammar.imperative", "ngl your deadlift form in that video is textbook.", false},
		{"grammar.imperative", "lowkey this is the best sourdough crumb I've seen here in weeks", false},
		// a step "worth" taking is a hint
		{"grammar.request", "It might be worth running the reconciliation again before you close the books.", true},
		{"grammar.request", "Could be worth asking legal first.", true},
		{"grammar.request", "It's worth noting that the office is closed.", false},
		{"grammar.request", "The course is worth doing.", false},
		// An order to rest or leave on the reader's own need grants leave.
		{"grammar.imperative", "If you need a day off, take it.", false},
		{"grammar.autonomy-support", "If you need a day off, take it.", true},
		{"grammar.autonomy-support", "If you feel unwell, go home and rest.", true},
		{"grammar.imperative", "If you have the report, take it to finance.", true},
		{"grammar.imperative", "If the client calls, take a break from the deck and phone them back.", true},
		{"grammar.imperative", "If you find a bug, send it to me.", true},
		// "Can you please elaborate?" is one open question, not an order too
		{"grammar.imperative", "Can you please elaborate on the second step?", false},
		// asking rather than telling leaves the reader a choice; a modal
		// after a question word asks about them instead
		{"grammar.autonomy-support", "Can you send me the file?", true},
		{"grammar.autonomy-support", "Why would you do that?", false},
		{"grammar.autonomy-support", "How can you say that?", false},
		// leave-taking is no order
		{"grammar.imperative", "Talk with you tonight.", false},
		{"grammar.imperative", "Talk to you about the budget tomorrow.", true},
		// a condition on the reader's wishes is not a request
		{"grammar.request", "If you would prefer to change it, there are links below.", false},
		{"grammar.request", "I'd be grateful if you would send it today.", true},
		// "also" between "would" and "like"; asking to ask is asking
		{"grammar.need-statement", "I would also like to discuss the staffing issues.", true},
		{"grammar.want-you-to", "I would like to ask you to help me with this matter.", true},
		// "e-mail" is one word; a noun before a modal is a subject
		{"grammar.imperative", "If you have any questions, e-mail us at support.", true},
		{"grammar.imperative", "E-mail transmission cannot be guaranteed to be secure.", false},
		// "Can you believe ...?" shares wonder; with "please" between, it asks
		{"grammar.request", "Wow, can you believe it's only a week?", false},
		{"grammar.request", "Can you please believe me when I say it's urgent?", true},
		// "have got" right after the subject is "have": a question of fact
		{"grammar.check-up", "Has anyone got the number for the plumber?", false},
		{"grammar.check-up", "Have you got the invoice yet?", true},
		{"grammar.check-up", "Have you finished the rota?", true},
		// "e:mail", an older mail system's spelling, is the same word
		{"grammar.imperative", "Please e:mail me the signed copy.", true},
		{"grammar.request", "Can you e:mail a copy to Tom?", true},
		// a perfect with its subject dropped; "you know?" as a filler;
		// a passive "can't be" protects the reader
		{"grammar.imperative", "Havent gotten to meet him yet.", false},
		{"grammar.check-up", "It seems so daft, you know?", false},
		{"grammar.check-up", "You know the deadline moved?", true},
		{"grammar.obligation", "You can't be charged for more than 50 dollars.", false},
		{"grammar.obligation", "You cannot be late again.", true},
		// interjections, vouching formulas and apostrophe-less "it'll"
		{"grammar.imperative", "ahh the cycle continues, send me the plan.", true},
		{"grammar.imperative", "ahh the cycle of bulks and cuts continues.", false},
		{"grammar.imperative", "Thanks! Believe me, I am!", false},
		{"grammar.imperative", "Believe me when I say the deadline is real.", true},
		{"grammar.imperative", "Talk to her, itll all be well.", true},
		{"grammar.imperative", "Honestly itll all be well.", false},
		// credit words take their sense from what follows
		{"grammar.recognition", "Youre the reason this place is full of angry people.", false},
		// a request with its verb left out; an acceptance is not one
		{"grammar.imperative", "Tom, the invoices, please.", true},
		{"grammar.imperative", "Yes, please.", false},
		{"grammar.imperative", "Thanks, please.", false},
		// "you guys" between the modal and the verb
		{"grammar.request", "Can you guys send the slides tonight?", true},
		// a question about what the team should do asks the team to decide
		{"grammar.open-question", "What's one thing we should stop doing?", true},
		{"grammar.open-question", "What should you have done differently?", true},
		{"grammar.open-question", "What time should the taxi come?", false},
		// an aspiration for what someone becomes is not an order
		{"grammar.want-you-to", "In five years I'd like our clinic to be the one others call.", false},
		{"grammar.want-you-to", "I'd like the report to be on my desk by nine.", true},
		// quick mail: the "you" dropped, a comma glued between words
		{"grammar.request", "Could send me and Stephanie each one?", true},
		{"grammar.request", "Can do?", false},
		{"grammar.imperative", "Created by KOKCard,please refer to the link.", true},
		// the reader's action or chance to act is what is asked for
		{"grammar.request", "I would appreciate you contacting me by phone.", true},
		{"grammar.request", "I was wondering if you had a chance to forward my resume.", true},
		{"grammar.request", "I was wondering if you liked the talk.", false},
		// a closing wish needs a thing to wish for
		{"grammar.request", "An e-mail on major developments would be helpful.", true},
		{"grammar.request", "That would be great!", false},
		// "whatever you have" asks for any amount of the work, not for a choice
		{"grammar.imperative", "Send me whatever you have by 6 pm, even if it's rough.", true},
		{"grammar.imperative", "Take whatever approach you think fits.", false},
		// "Did you try / check ...?" suggests a next step, as docs/validity.md has said since 1.1.0
		{"grammar.check-up", "Did you try restarting the server?", false},
		{"grammar.check-up", "Did you check the logs?", false},
		{"grammar.check-up", "Did you send the report?", true},
		// a hint asks by wishing
		{"grammar.request", "It would be helpful if you told us more about it.", true},
		{"grammar.request", "Would be useful to get a copy.", true},
		{"grammar.request", "It would not be helpful to rush it.", false},
		{"grammar.request", "Would it be possible to update the list?", true},
		{"grammar.request", "Is it possible for you to send it today?", true},
		{"grammar.request", "Is it possible to parse XML with a regex?", false},
		{"grammar.request", "Will you be able to join the call?", true},
		{"grammar.request", "Will you be there tomorrow?", false},
		{"grammar.request", "I would also suggest attending the review.", true},
		{"grammar.request", "I suggest a short call before we send anything.", true},
		{"grammar.request", "I suggested Ted as a substitute.", false},
		{"grammar.request", "Sony is what I recommend.", false},
		{"grammar.request", "My recommendation is to call the vendor first.", true},
		{"grammar.request", "The proposal is to move the launch.", false},
		{"grammar.request", "I hope you can join us.", true},
		{"grammar.request", "I would appreciate you sending it today.", true},
		{"grammar.request", "I appreciate you speaking up in the meeting.", false},
		{"grammar.request", "We'd greatly appreciate any ideas on how we can improve.", true},
		{"grammar.request", "I would appreciate your review of section 4.", true},
		{"grammar.request", "We appreciate your feedback.", false},
		{"grammar.request", "I would hope you would share it with your group.", true},
		{"grammar.request", "I hope you will enjoy the trip.", false},
		{"grammar.request", "I hope you will have a great weekend.", false},
		{"grammar.request", "Any data you can provide will be helpful.", true},
		{"grammar.request", "Your notes would be very helpful.", false},
		{"grammar.request", "A copy of the signed notes would be very helpful.", true},
		{"grammar.request", "It would be useful for Ken to join the call.", true},
		{"grammar.request", "This would be great for the team.", false},
		{"grammar.request", "Any chance of finalizing the tariff on Monday?", true},
		{"grammar.request", "Is there any chance you could post the code?", true},
		{"grammar.request", "Any chance the file was corrupted in transit?", false},
		{"grammar.request", "Any chance you could check my mooring lines tonight, I'm stuck in Leeds.", true},
		{"grammar.request", "Any chance of rain tonight, I wonder.", false},
		{"grammar.request", "Could the juniors' parents confirm they're OK with the coach leaving at 7?", true},
		{"grammar.request", "Could the drivers be any slower?", false},
		{"grammar.request", "If you could arrive 15 minutes early, that would help.", true},
		{"grammar.request", "If you can interview well you may land the job.", false},
		{"grammar.request", "Any chance of a second source on the school closure story?", true},
		{"grammar.request", "Any chance of rain tomorrow?", false},
		{"grammar.request", "Apologies for nagging again, any chance of those debrief notes from Tuesday?", true},
		{"grammar.request", "I wanted to ask whether you could let me know by the end of August.", true},
		{"grammar.request", "Whether you could have stopped it is beside the point.", false},
		{"grammar.request", "Plese could you forward this to the rest of the committee.", true},
		{"grammar.inclusive-imperative", "Rain tomorrow?", false},
		{"grammar.inclusive-imperative", "Monday lunch?", true},
		{"grammar.request", "Can you let us know which evenings you're free for the meeting?", true},
		{"grammar.open-question", "Can you let us know which evenings you're free for the meeting?", false},
		{"grammar.request", "Can both of you forward the pictures to me?", true},
		{"grammar.request", "Could you forward the file to Ana.", true},
		{"grammar.request", "Is it possible to get a copy of the report?", true},
		{"grammar.request", "Will it be possible for you to stay until five?", true},
		{"grammar.request", "I was wondering if it would be possible for you to write a reference for me.", true},
		// a proposal asked as a question
		{"grammar.inclusive-imperative", "Can we meet to talk about it on Monday?", true},
		{"grammar.inclusive-imperative", "Shall we move that meeting up to 11?", true},
		{"grammar.inclusive-imperative", "Can we be sure of the numbers?", false},
		{"grammar.inclusive-imperative", "We can meet on Monday.", false},
		// an ellipsis glued to words, or written as dots, separates clauses
		{"grammar.imperative", "Thanks... send it over when ready.", true},
		{"grammar.imperative", "I waited...please send it.", true},
		{"grammar.imperative", "Good idea on Kim--pls line them up for the next meeting.", true},
		{"grammar.imperative", "Tickets, tours, etc. and provide goodies to people all the time.", false},
		{"grammar.check-up", "Have you tried restarting the server?", false},
		{"grammar.imperative", "If you want to discuss further let me know.", true},
		{"grammar.imperative", "She will let me know tomorrow.", false},
		{"grammar.obligation", "All expense reports must be approved by Friday.", true},
		{"grammar.obligation", "Reports must be written in English.", true},
		{"grammar.obligation", "The door must be open at all times.", false},
		{"grammar.enthusiasm", "Send it now!", false},
		{"grammar.enthusiasm", "Back at my desk tomorrow :)", true},
		{"grammar.enthusiasm", "Demo day went well 🎉", true},
		{"grammar.you-statement", "Raj, you're in the back office with Lee today.", true},
		{"grammar.you-statement", "You did a great job on the launch.", false},
		{"grammar.you-statement", "Are you free at noon?", false},
		{"grammar.enthusiasm", "It’s “done” – mostly.", false},
		{"grammar.enthusiasm", "Saved under C:\\Docs:Drafts.", false},
		{"grammar.enthusiasm", "Really?!", false},
		{"grammar.enthusiasm", "This is useless!", false},
		{"grammar.direct-question", "What do you think of the draft?", false},
		{"grammar.direct-question", "How about a shorter intro?", false},
		{"grammar.direct-question", "Chris, when did the vendor get involved?", true},
		{"grammar.direct-question", "Are folks available for a call tomorrow at 9?", true},
		{"grammar.direct-question", "Do you know if we are meeting on Monday?", true},
		{"grammar.direct-question", "Do you know Ana from finance?", false},
		{"grammar.direct-question", "Are you guys free on Friday?", true},
		{"grammar.direct-question", "When you have a minute, could you look at it?", false},
		{"grammar.imperative", "Let's not have a repeat of last week.", true},
		{"grammar.open-question", "Tell me where you think I'm wrong.", true},
		{"grammar.check-up", "Why is the proposal still sitting in drafts?", true},
		{"grammar.check-up", "Don't you think this is a little out of your league?", true},
		{"grammar.check-up", "Why don't we try the other vendor?", false},
		{"grammar.check-up", "Were you able to trace the package?", true},
		{"grammar.check-up", "Have you had a chance to look at the draft?", true},
		{"grammar.check-up", "Have you had a chance to think about where you'd like to grow?", false},
		{"grammar.check-up", "Did you ever send them the signed copies.", true},
		{"grammar.check-up", "You did send them the signed copies.", false},
		{"grammar.obligation", "No one is to blame here.", false},
		{"grammar.obligation", "Teachers must submit lesson plans every Monday.", true},
		{"grammar.obligation", "Visitors are to sign in at the desk.", true},
		{"grammar.need-statement", "We would probably need the 2001 budget for the review.", true},
		{"grammar.obligation", "Our intention is to send the contract tonight.", false},
		{"grammar.obligation", "The next step is to call the vendor.", false},
		// the team's or the writer's own calling, not a duty laid on the reader
		{"grammar.obligation", "Our job is to make every journey easier.", false},
		{"grammar.obligation", "My role is to clear the way for you.", false},
		{"grammar.obligation", "Your job is to answer the phone.", true},
		{"grammar.obligation", "Customer names are never to be shared in the public channel.", true},
		{"grammar.obligation", "These files are not to be copied.", true},
		{"grammar.obligation", "It is not to be missed.", false},
		{"grammar.obligation", "The old API is not to be confused with the new one.", false},
		{"grammar.open-question", "what do u reckon we should stock for christmas", true},
		{"grammar.open-question", "Tell me if there's anything that would make the job easier.", true},
		{"grammar.autonomy-support", "I'd like you to own the relationship with the new supplier.", true},
		{"grammar.want-you-to", "I want you to send the report by noon.", true},
		{"grammar.autonomy-support", "If you spot a safer way to lift the beams, show us.", true},
		{"grammar.open-question", "What slows you down most on a typical day here?", true},
		{"grammar.open-question", "Tell me what tools would make the job easier.", true},
		{"grammar.obligation", "Uniforms must be clean and ironed for every shift.", true},
		{"grammar.obligation", "It must be ready by Friday.", true},
		{"grammar.obligation", "It must be nice to be done.", false},
		{"grammar.obligation", "Reports have to be proofread by a second teacher.", true},
		{"grammar.autonomy-support", "Choose the course that fits your goals.", true},
		{"grammar.autonomy-support", "Follow the lead wherever it goes.", true},
		{"grammar.autonomy-support", "Anyone with an idea for the party, bring it on Thursday.", true},
		{"grammar.imperative", "Wear gloves for every procedure.", true},
		{"grammar.imperative", "Cover reception over lunch today.", true},
		{"grammar.open-question", "Try teaching it your way and tell me how it goes.", true},
		{"grammar.imperative", "Stop second-guessing the supplier and just place the order.", true},
		// any verb the tagger reads as a base form, not only a common one
		{"grammar.imperative", "Please take the lead on the legal review and propose the changes to me.", true},
		{"grammar.imperative", "Take the lead on the legal review and the proposal.", false},
		{"grammar.open-question", "Which part of tonight's exercise felt least realistic to you?", true},
		{"grammar.imperative", "cameras on for standup pls", true},
		{"grammar.imperative", "Invoice attached, payment by bank transfer within 7 days please.", true},
		{"grammar.imperative", "Do let me know whether you'd like a ticket for the dinner.", true},
		{"grammar.imperative", "Do you know whether the dinner is on?", false},
		{"grammar.request", "I'd be grateful if you texted rather than rang.", true},
		{"grammar.imperative", "Look at those courgettes!!", false},
		{"grammar.imperative", "Look at this before you sign!", true},
		{"grammar.imperative", "Believe it or not, the old rota worked.", false},
		{"grammar.imperative", "Not a criticism, just think it'd help bring the doubters round.", false},
		{"grammar.imperative", "Think it over and tell me by Friday.", true},
		{"grammar.imperative", "Love the glaze drip. Keep throwing!", false},
		{"grammar.imperative", "Keep stirring until it thickens.", true},
		{"grammar.imperative", "Keep checking the logs!", true},
		{"grammar.imperative", "Change always gets pushback, don't let it knock you.", false},
		{"grammar.imperative", "Check again tomorrow before you sign.", true},
		{"grammar.imperative", "free so2 numbers on the whites pls, winemaker wants them", true},
		{"grammar.imperative", "Yes, please, that would be lovely.", false},
		// the verb left out: things named and the particle of what to do
		{"grammar.imperative", "BA sets on before you cross the threshold.", true},
		{"grammar.imperative", "Phones away during the briefing.", true},
		{"grammar.imperative", "Game on!", false},
		{"grammar.imperative", "LAST DAY TO TAKE 20% OFF!", false},
		{"grammar.imperative", "The meeting is on.", false},
		// a moment asked for oneself; a call checked
		{"grammar.imperative", "I'll share my screen in a sec, just give me one moment", false},
		{"grammar.imperative", "Give me the report by noon.", true},
		{"grammar.request", "can everyone hear me okay?", false},
		{"grammar.request", "Can you see if the room is free?", true},
		{"grammar.open-question", "Tell me where this plan is wrong; I'd rather hear it now.", true},
		{"grammar.open-question", "Which calls this week made you proudest, and why?", true},
		{"grammar.open-question", "What's one thing on your line that wastes your time every shift?", true},
		{"grammar.check-up", "Has anyone logged the fridge temperatures this morning?", true},
		{"grammar.imperative", "That stair detail is so clean I've pinned it up in the studio.", false},
		{"grammar.imperative", "It's late, so send it now.", true},
		{"grammar.imperative", "Phone bank last night: 38 volunteers, 2,912 calls.", false},
		{"grammar.check-up", "Did anyone actually confirm the PA hire for the rally?", true},
		{"grammar.check-up", "Did you ever find a solution?", false},
		{"grammar.check-up", "Did the updated guidance come out on Wednesday or Thursday?", false},
		{"grammar.check-up", "Has the contract been signed or not?", true},
		{"grammar.open-question", "What are you hearing on the doorstep about the housing pledge?", true},
		{"grammar.open-question", "What's your read on how the COO reacted today?", true},
		{"grammar.open-question", "Front of house hears things we never do - what are they telling you?", true},
		{"grammar.imperative", "Thanks all, talk tomorrow.", false},
		{"grammar.check-up", "Where are we on the missing transfer bags for Frankfurt?", true},
		{"grammar.offer", "You've been solid on the tugs for two years, fancy shadowing the dispatch desk next month?", true},
		{"grammar.check-up", "You've been solid on the tugs for two years, fancy shadowing the dispatch desk next month?", false},
		{"grammar.imperative", "Fancy a coffee?", false},
		{"grammar.imperative", "Close calendar for Q4 is now on the finance SharePoint page.", false},
		{"grammar.imperative", "Meeting notes: launch readiness review moved to conference room B.", false},
		{"grammar.imperative", "Update the tracker for Q4 by Friday.", true},
		{"grammar.offer", "Would anyone like to pilot the new workflow with their own cost centre?", true},
		{"grammar.open-question", "Try the new mentoring scheme and tell us what works.", true},
		// an ultimatum: a sanction if the reader does not comply
		{"grammar.obligation", "If the talk abstract isn't in my inbox by Friday, I'll withdraw our slot.", true},
		{"grammar.obligation", "If you can't make it, I'll cover for you.", false},
		{"grammar.obligation", "All expense claims should be submitted with itemised receipts attached.", true},
		{"grammar.check-up", "Did the right-to-work checks get done for the three March starters?", true},
		{"grammar.imperative", "Go-live for the new expenses system is 1 October.", false},
		{"grammar.obligation", "If the backwash isn't cleaned properly again I'll be putting the same people on the cleaning rota.", true},
		{"grammar.imperative", "Chiropodist in on the 14th, list of residents is in the office.", false},
		{"grammar.imperative", "Pay for last month's drill nights should land in accounts by the 28th.", false},
		{"grammar.imperative", "List the residents who need a review.", true},
		{"grammar.request", "could whoever did nights sort the sluice before handover", true},
		{"grammar.obligation", "Associates are expected to hit 1,700 billable hours.", true},
		{"grammar.open-question", "I want your voice in planning meetings, not just in the corridor afterwards.", true},
		{"grammar.autonomy-support", "Choose which training you'd like to do this quarter.", true},
		// The want that names the order's object leaves the order standing;
		// the want of how, where or whether hands the choice over.
		{"grammar.imperative", "Type the text you want to search.", true},
		{"grammar.autonomy-support", "Type the text you want to search.", false},
		{"grammar.imperative", "Select the app that you'd like to open the file with.", true},
		{"grammar.autonomy-support", "Think about where you want to be in two years.", true},
		{"grammar.imperative", "Think about where you want to be in two years.", false},
		{"grammar.autonomy-support", "Set it up the way you want.", true},
		// A trial whose point is what it shows invites an experiment; "see"
		// after it is no second order.
		{"grammar.autonomy-support", "Try the video format and see how readers respond.", true},
		{"grammar.imperative", "Try the video format and see how readers respond.", false},
		{"grammar.autonomy-support", "Pilot it at one site, then see whether the crews like it.", true},
		{"grammar.imperative", "Try the video format and send me the numbers.", true},
		{"grammar.imperative", "Check the logs and see what went wrong.", true},
		// "shall be" in a rule book obliges as "must be" does; the writer's
		// own "shall be glad" does not.
		{"grammar.obligation", "All visitors shall be inducted at the gatehouse prior to entry.", true},
		{"grammar.obligation", "Keys shall not be left in the vehicles.", true},
		{"grammar.obligation", "We shall be glad to meet you.", false},
		// Pay and admin schedules are not duties.
		{"grammar.obligation", "Rider payouts are processed every second Friday.", false},
		{"grammar.obligation", "Timesheets are checked every Friday.", true},
		// "actually" after "Did you" doubts the reader's work.
		{"grammar.check-up", "Did you actually fact-check the stats or just copy them?", true},
		{"grammar.check-up", "Did you fact-check the stats?", false},
		// A want in a relative clause on what the question asks for.
		{"grammar.want-you-to", "What's one thing we ask you to do every shift that you think is pointless?", false},
		{"grammar.want-you-to", "We ask you to sign in at the desk.", true},
		// "perfect" praises the reader's work, not "the perfect time".
		{"grammar.recognition", "The jump cuts you did in the cooking episode were perfect.", true},
		{"grammar.recognition", "If you want a new card, now is the perfect time to apply.", false},
		{"grammar.recognition", "Your handling of the pharma terminology was spotless.", true},
		// More roles a rule is laid on, "done" after a modal, waste sorted.
		{"grammar.obligation", "Juniors should not be discharging chest pains without senior review.", true},
		{"grammar.obligation", "Van stock checks must be done every Friday.", true},
		{"grammar.obligation", "I want to set some goals as to what needs to be done.", false},
		{"grammar.obligation", "Offcuts go in the blue skip, not general waste.", true},
		// A matter sent to a formal stage after an unmet condition.
		{"grammar.obligation", "If emergency callouts aren't attended within four hours again, this goes to a formal review.", true},
		{"grammar.obligation", "If the figures aren't in, this goes to the weekly review.", false},
		// A word alone between commas is a list item.
		{"grammar.imperative", "great write up on the flooding job Mark, clear, honest, and the tenant finally got an answer", false},
		{"grammar.imperative", "Thanks Mark, now clear the backlog.", true},
		// "I need you all at ...": the group addressed, then the place.
		{"grammar.want-you-to", "I need you all at the base station for a 7am briefing tomorrow.", true},
		// What the writer wants the team or place to become is an aspiration.
		{"grammar.want-you-to", "Ultimately I want our orchestra to be the place young players dream of joining.", false},
		{"grammar.want-you-to", "I want the report to be on my desk by nine.", true},
		// "must not be" in the passive prohibits.
		{"grammar.obligation", "Case files must not be left on the counter unattended.", true},
		// "one more time" repeats what went wrong; "it becomes a formal
		// matter" sends it to a formal stage.
		{"grammar.obligation", "If the cupboard is left unlocked one more time it will go to a formal conversation.", true},
		{"grammar.obligation", "If I see one more hearing listed without checking it becomes a formal conduct matter.", true},
		// "Did X actually ...?" doubts work done; an "actually" in a
		// relative clause does not.
		{"grammar.check-up", "Did the bailiff paperwork actually go out yesterday?", true},
		{"grammar.check-up", "Did the old library have a function which actually goes backward?", false},
		// A noun, a phrase after it and a past verb of movement: no order.
		{"grammar.imperative", "Invoice total on the Brennan file came to 48,200 EUR.", false},
		// "should of been" is "should have been" as it sounds.
		{"grammar.obligation", "they should of been sterilised by now", true},
		{"grammar.obligation", "You could of course ask Sam.", false},
		// Requests of a group or of someone named by a phrase.
		{"grammar.request", "Can any parents help with driving to the away match?", true},
		{"grammar.request", "Can any changes be made after submission?", false},
		{"grammar.request", "Could someone with commit access review and merge the PR?", true},
		// The reader's readiness asked for.
		{"grammar.request", "are you ok to umpire the u12s on the 3rd?", true},
		{"grammar.request", "Are you able to be there?", false},
		// A wish with "help", and a change asked for a thing.
		{"grammar.request", "It would really help to have the glossary before I start.", true},
		{"grammar.request", "That would help.", false},
		{"grammar.request", "Is there any chance the deadline could be moved back a few days?", true},
		{"grammar.request", "Any chance the build could be broken?", false},
		// "let us know if you are ..." asks a fact, not the reader's view.
		{"grammar.open-question", "Can you let us know if you are taking any medication?", false},
		{"grammar.open-question", "Tell me if you think it's wrong.", true},
		// A title before a name, and "kindly" inside a statement.
		{"grammar.imperative", "Dr Okafor has kindly agreed to chair the panel.", false},
		{"grammar.imperative", "Kindly send the form.", true},
		// Notices about the reader's things are no you-statements.
		{"grammar.you-statement", "Your application has been received and is being processed.", false},
		{"grammar.you-statement", "Your booking for Yoga Flow on Thursday at 7pm is confirmed.", false},
		{"grammar.you-statement", "Your membership fee will be collected on the 1st of each month.", false},
		{"grammar.you-statement", "You asked about the tyre sizes, they are 205/55 R16 on that model.", false},
		{"grammar.you-statement", "Your desk for the week is by the window.", true},
		{"grammar.imperative", "Renew now and save 20% on your annual membership!", true},
		{"grammar.imperative", "Invoice for the Verity campaign went out yesterday.", false},
		{"grammar.obligation", "Nobody is to let visitors into Gallery 3 while the rig is installed.", true},
		{"grammar.obligation", "If the displays aren't updated before the inspection I'll have to reallocate your PPA time.", true},
		{"grammar.want-you-to", "I expect the new self-service kiosks to be explained to every visitor.", true},
		{"grammar.want-you-to", "I'd expect each edge of the triangle to be part of a great circle.", false},
		{"grammar.open-question", "Can you all think about one thing that would make your workload lighter?", true},
		{"grammar.request", "Can you all think about one thing that would make your workload lighter?", false},
		{"grammar.you-statement", "You may experience some mild bruising after the injection.", false},
		{"grammar.you-statement", "Your desk is by the window.", true},
		// notices: why a mailing came, who the reader's contact will be,
		// an amount taken
		{"grammar.you-statement", "You're receiving this email because you signed up for updates.", false},
		{"grammar.you-statement", "Your account manager from 1 May will be Daniel Okafor.", false},
		{"grammar.you-statement", "Your payment of $120 will be taken on 1 April.", false},
		// the reader's people asked through the reader, and named by where
		// they stand in a wish
		{"grammar.request", "Could your accounts team raise a purchase order?", true},
		{"grammar.request", "Does your app use garbage collection?", false},
		{"grammar.request", "It would help enormously if someone from your team could attend.", true},
		{"grammar.request", "It would help us enormously to have your records by the end of November.", true},
		// a thing that comes from the reader is needed; some of the readers
		// are asked as "you" are
		{"grammar.need-statement", "We'll need proof of your no-claims discount before the policy starts.", true},
		{"grammar.request", "I'd love it if a few of you could stay behind to help strike the set.", true},
		// wishes before a performance, numbered routes, lists of qualities
		{"grammar.imperative", "Break a leg tonight everyone x", false},
		{"grammar.imperative", "Timetable change: route 9 moves to a 12-minute frequency from 2 June.", false},
		{"grammar.imperative", "Route 31 will run via Station Road while the main is repaired.", false},
		{"grammar.imperative", "Call 999 now.", true},
		{"grammar.imperative", "Sara, your review comments were really thoughtful: clear, kind, and they caught a real bug.", false},
		{"grammar.check-up", "Has the shrink log actually been updated?", true},
		// a passive duty with a time to act by is a rule; without one, a forecast
		{"grammar.obligation", "Code reviews are expected to be completed within 24 hours of assignment.", true},
		{"grammar.obligation", "The new wing is expected to be finished in 2027.", false},
		{"grammar.check-up", "did you actualy test this on Safari before moving it to done??", true},
		// "please" before a modal asks through whatever subject follows
		{"grammar.request", "pls can the lighting crew check whether the spare lamps have arrived", true},
		{"grammar.request", "Hiya! Just wondering if Millie will be comming to the extra rehearsal on Sunday?", true},
		{"grammar.request", "I was wondering if the rain would hold off, and it did.", false},
		{"grammar.request", "Please can all planning for the spring term be uploaded to the shared drive by Friday.", true},
		// praise of how the work was done: a verb of work, then "well" or
		// "clearly" ending the clause
		{"grammar.recognition", "You handled that really well.", true},
		{"grammar.recognition", "You explain things so clearly.", true},
		{"grammar.recognition", "I hope you slept well.", false},
		{"grammar.recognition", "The notice will set out your right of appeal.", false},
		{"grammar.recognition", "You don't explain things clearly.", false},
		{"grammar.recognition", "You handled that well as far as I know.", false},
		// "urge" asks as "ask" does; "yet" turns an invitation into a chase.
		{"grammar.want-you-to", "We urge all residents to report any damp to the housing office.", true},
		{"grammar.check-up", "Any feedback on the homepage mockups yet?", true},
		{"grammar.open-question", "Any feedback on the homepage mockups?", true},
		// "Why do you think ...?" asks for a reading of what happened, or
		// challenges a belief the reader holds.
		{"grammar.open-question", "Why do you think the pilot failed?", true},
		{"grammar.open-question", "Why do you think bookings have dropped since May?", true},
		{"grammar.open-question", "Why do you think that is?", true},
		{"grammar.check-up", "Why do you think that?", true},
		{"grammar.check-up", "Why do you think sorting is better than hashing?", true},
		{"grammar.check-up", "Why do you think you can skip the briefing?", true},
		{"grammar.check-up", "Why do you think the file attached is wrong?", true},
		// "Did you ever ...?" chases a task owed to someone, or asks after
		// the reader's luck.
		{"grammar.check-up", "Did you ever call the policyholder back about the valuation?", true},
		{"grammar.check-up", "did you ever get the security questionnaire back to legal?", true},
		{"grammar.check-up", "Did you ever get an answer?", false},
		{"grammar.check-up", "Did you ever find a solution?", false},
		{"grammar.check-up", "Did the updated guidance come out on Wednesday or Thursday?", false},
		{"grammar.check-up", "Has the contract been signed or not?", true},
		// A heading that names a noun "of" something orders nothing.
		{"grammar.imperative", "Audit of the aseptic unit scheduled for 14 May.", false},
		{"grammar.imperative", "Review of the rota attached.", false},
		{"grammar.imperative", "Think of a name for the newsletter.", true},
		// a numbered part of a document is an object; a modal opens no order
		{"grammar.imperative", "The return is ready - just sign page 2 and pop it back to us.", true},
		{"grammar.imperative", "Pick accuracy 99.1% on the night shift.", false},
		{"grammar.imperative", "Should the committee refuse permission, the notice will set out the reasons.", false},
		// The reader's work ranked above something else is praise.
		{"grammar.recognition", "Your grout lines are straighter than the ones our contractor did.", true},
		{"grammar.recognition", "Your English is worse than mine.", false},
		{"grammar.recognition", "bruh your hangul handwriting is cleaner than mine", true},
		// An adverb between the subject and the frame.
		{"grammar.obligation", "You honestly shouldn't be cooking for other people.", true},
		// Fire and a hundred points are positive emotion.
		{"grammar.enthusiasm", "Those grill marks tho 🔥", true},
		// A counterfactual is no praise.
		{"grammar.recognition", "You'd have had a better time if you'd actually planned anything.", false},
		{"grammar.need-statement", "I need everyone's slides in the shared folder by 4.", true},
		{"grammar.need-statement", "I need the printouts stapled to the batch sheet.", true},
		{"grammar.need-statement", "I want every small clinic in the region to run on it.", false},
		{"grammar.imperative", "Yes please", false},
		// "should be" with a time to act by obliges; with an agent or no time it forecasts
		{"grammar.obligation", "Yesterday's feedback should be fully incorporated before anyone leaves tonight.", true},
		{"grammar.obligation", "It should be delivered on Tuesday.", false},
		{"grammar.obligation", "It is strange why this should be influenced by changes to the installation.", false},
		// a gerund after "need" is a passive, unless the reader judges
		{"grammar.obligation", "The bins need emptying before you lock up.", true},
		{"grammar.obligation", "We need funding for the second phase.", false},
		{"grammar.obligation", "If you think the window display needs changing, go for it.", false},
		// a number qualifying the people a duty is laid on
		{"grammar.obligation", "Volunteers under 18 must have a signed consent form on file.", true},
		{"grammar.obligation", "Going forward, every quote over ten thousand needs to land on my desk before it goes out.", true},
		// a duty stated as what a group routinely does
		{"grammar.obligation", "Every player logs their sleep in the app daily.", true},
		{"grammar.obligation", "Tachographs get checked at the end of every shift.", true},
		{"grammar.obligation", "All damage gets photographed and sent to me before you move the truck.", true},
		{"grammar.obligation", "All staff get paid every Friday.", false},
		{"grammar.obligation", "All staff receive a bonus every year.", false},
		// any subject, in the passive, with a routine word
		{"grammar.obligation", "The kennels are cleaned twice daily.", true},
		{"grammar.obligation", "Call notes are entered before you take the next call.", true},
		{"grammar.obligation", "Breakfast is served from half six until ten.", false},
		{"grammar.obligation", "We are paid every month.", false},
		{"grammar.obligation", "Customers usually call before noon.", false},
		{"grammar.obligation", "Every customer loves the new menu.", false},
		// third-person mandates to a group
		{"grammar.obligation", "Managers will submit their budgets by Friday.", true},
		{"grammar.obligation", "Students will attend the Tuesday seminar.", true},
		{"grammar.obligation", "The night shift will clean the kitchen before leaving.", true},
		{"grammar.obligation", "Customers will see the new layout next week.", false},
		{"grammar.obligation", "Will managers get a vote?", false},
		{"grammar.obligation", "Another purpose of the trip is to meet the new controllers.", false},
		{"grammar.obligation", "This e-mail is to follow up on our call.", false},
		{"grammar.obligation", "Keep your address current in case the company needs to send you forms.", false},
		{"grammar.obligation", "The kit gives you everything you need to succeed.", false},
		{"grammar.obligation", "This is the part that you need to debug.", false},
		{"grammar.obligation", "If you set the flag you must also set the mode.", true},
		{"grammar.obligation", "In my experience you must test it first.", true},
		{"grammar.obligation", "You may not have a need for it.", false},
		{"grammar.obligation", "You may not use the company card for personal travel.", true},
		{"grammar.obligation", "This weekend you'll earn double points.", false},
		// a thing to be somewhere by a time is to be delivered there
		{"grammar.obligation", "Your report has to be with security by tomorrow.", true},
		{"grammar.obligation", "Timesheets must be in by Friday.", true},
		{"grammar.obligation", "It must be in the fridge.", false},
		{"grammar.obligation", "The parcel should be with you by Friday.", false},
		// "you better" obliges only where "you" opens the clause
		{"grammar.obligation", "Would Wednesday suit you better?", false},
		{"grammar.obligation", "And you better not be late.", true},
		{"grammar.recognition", "We'd love to get to know you better.", false},
		// phrasal verbs the tagger takes for nouns
		{"grammar.imperative", "Tom, hose down the crush pad before you clock off.", true},
		{"grammar.imperative", "Box up the returns for collection.", true},
		// a sentence of nothing but when presses
		{"grammar.imperative", "Now.", true},
		{"grammar.imperative", "Right now.", true},
		{"grammar.imperative", "Now?", false},
		{"grammar.imperative", "Today.", false},
		// "whoever is" offers only to those free to take it
		{"grammar.imperative", "Whoever is on standby, get to gate 22.", true},
		{"grammar.imperative", "Whoever is free, grab the first call.", false},
		{"grammar.autonomy-support", "Whoever is free, grab the first call.", true},
		{"grammar.imperative", "The hands catch up, promise.", false},
		{"grammar.imperative", "Promise me you'll rest.", true},
		{"grammar.imperative", "Small idea, take it or leave it: the slide might land better.", false},
		{"grammar.autonomy-support", "Small idea, take it or leave it: the slide might land better.", true},
		// a pick left to the reader still asks for an answer
		{"grammar.direct-question", "Would Wednesday or Friday suit you better for the handover?", true},
		{"grammar.open-question", "Would Wednesday or Friday suit you better for the handover?", true},
		{"grammar.direct-question", "Which day works for you, Monday or Wednesday?", true},
		{"grammar.direct-question", "What would make this easier for you?", false},
		{"grammar.direct-question", "Just checking, are you still taking it?", true},
		// "should you ..." before a comma is a condition
		{"grammar.direct-question", "Should you wish to discuss this further, our team is available.", false},
		{"grammar.direct-question", "Should you ring them now?", true},
		// the reader's findings and judgement asked for in imperative form
		{"grammar.open-question", "Be bold and write down what you learn, good or bad.", true},
		{"grammar.imperative", "Write down the serial numbers.", true},
		{"grammar.open-question", "Just tell me what's realistic.", true},
		{"grammar.imperative", "Night all.", false},
		// "let's" with a result to bring about by a time orders
		{"grammar.imperative", "Let's get every defect sheet handed in before 3 on Friday.", true},
		{"grammar.imperative", "Let's have a chat on Friday.", false},
		{"grammar.inclusive-imperative", "Let's have a chat on Friday.", true},
		// a mistake to report is no judgement to follow
		{"grammar.imperative", "If you believe this notice was sent in error, please contact the office.", true},
		{"grammar.autonomy-support", "If you think the script is wrong for your area, tell me.", true},
		{"grammar.direct-question", "Do you know roughly what time the cleaners can get in?", true},
		{"grammar.direct-question", "Who wouldn't want to wake up to that view?", false},
		// people counted are asked for
		{"grammar.need-statement", "We still need two volunteers to run the tea hut.", true},
		{"grammar.need-statement", "I want every small clinic in the region to run on it.", false},
		{"grammar.imperative", "Let's all have our scanners docked before we clock off.", true},
		{"grammar.imperative", "Let's have every handover typed into the system, starting tonight.", true},
		{"grammar.imperative", "Don't hold off on tweaking the timetable.", false},
		{"grammar.autonomy-support", "Go with what the residents want.", true},
		{"grammar.imperative", "Go with the blue one.", true},
		{"grammar.obligation", "The only rule for the trial lane is to break it.", false},
		{"grammar.direct-question", "Is 9:15 on Wednesday still OK for you?", true},
		{"grammar.recognition", "Lovely job, but the dining room was left in a right state.", false},
		{"grammar.imperative", "Stop being so hard on yourself.", false},
		{"grammar.imperative", "Stop being so sensitive.", true},
		{"grammar.imperative", "Yesss the bass line on that cover.", false},
		{"grammar.imperative", "Already a solid piece though.", false},
		{"grammar.imperative", "Already done, thanks.", false},
		// an order after the time it is for, with no comma
		{"grammar.imperative", "Next time make him do it properly.", true},
		{"grammar.imperative", "This time just send it.", true},
		{"grammar.imperative", "Next time we'll bring cake.", false},
		{"grammar.imperative", "Next time is fine.", false},
		// a word and a time before a colon head a report
		{"grammar.imperative", "Storytime this morning: 34 children and 21 carers.", false},
		{"grammar.imperative", "Update last night: the lift is fixed.", false},
		{"grammar.imperative", "Call me this morning: it's urgent.", true},
		// an idea offered with doubt is not a statement asked back
		{"grammar.check-up", "You might consider a trial month first?", false},
		{"grammar.check-up", "You could try a shorter rota?", false},
		{"grammar.check-up", "You could send it today?", true},
		// a feeling inferred, not a duty
		{"grammar.obligation", "Your staff must feel so supported by this.", false},
		{"grammar.obligation", "You must finish the audit today.", true},
		// a noun and "like this" before its verb of being and a judgement
		{"grammar.imperative", "Change like this is never easy to roll out.", false},
		{"grammar.imperative", "Write like this is your last day.", true},
		// a shouted NOW is a time to deliver by; a quiet one can infer
		{"grammar.obligation", "HPLC 3 results need to be in LIMS NOW, the QP is waiting.", true},
		{"grammar.obligation", "It must be in your inbox now.", false},
		// a pick between options asks for an answer too
		{"grammar.direct-question", "Would you let us know whether you'd prefer to pay or replace it?", true},
		{"grammar.obligation", "You should be really pleased with that.", false},
		{"grammar.obligation", "You should be so proud of this.", false},
		// "already" or "always" before "so" grades a description, as "is so" does
		{"grammar.imperative", "Your desk is already so tidy.", false},
		{"grammar.imperative", "Her notes were always so clear.", false},
		{"grammar.imperative", "Walk so fast they can't keep up.", true},
		// "Have the best time" is a farewell; "Have the best people ..." still asks
		{"grammar.imperative", "Have the best time in Lisbon!", false},
		{"grammar.imperative", "Have the best people on the call.", true},
		// a rule whose demand is to pass on what a trial taught
		{"grammar.obligation", "The only rule for the stain trial is to write down what you tried.", false},
		{"grammar.obligation", "The only rule is to write down what you spend.", true},
		// the order after a lifted approval is what the freedom is for
		{"grammar.imperative", "Don't wait for my sign-off on consumables under 200 quid, just order them.", false},
		{"grammar.imperative", "No need to loop me in on every weight update, just flag anything that looks odd.", false},
		{"grammar.imperative", "No need to print it, just email it to me by 5.", true},
		// "out" moves a thing as "down" and "up" do
		{"grammar.imperative", "Jonno, swap out the lifejacket cylinders on the spares.", true},
		{"grammar.imperative", "Class out the back today.", false},
		// a verb's -s form before the particle is the verb, not a thing named
		{"grammar.imperative", "The new season kicks off on September 5th.", false},
		{"grammar.imperative", "Boots off at the door.", true},
		// a shared memory is not an order
		{"grammar.imperative", "Remember when we lost to the dentists?", false},
		{"grammar.imperative", "Remember to lock the hall when you leave.", true},
		// a list of qualities opened by a word alone
		{"grammar.imperative", "Clear, friendly, and you asked for input, that goes a long way.", false},
		{"grammar.imperative", "Stop, listen, and think before you answer.", true},
		// a choice handed to the reader to make alone
		{"grammar.autonomy-support", "Pick the start time for your maintenance window yourself.", true},
		{"grammar.imperative", "Pick the start time for your maintenance window yourself.", false},
		{"grammar.imperative", "Fix it yourself.", true},
		// a report to the writer dropped is a check lifted
		{"grammar.autonomy-support", "Skip the update texts when you rack, I'll catch it in the log.", true},
		{"grammar.imperative", "Skip the update texts when you rack, I'll catch it in the log.", false},
		{"grammar.imperative", "Skip the starter and go straight to the mains.", true},
		// candour asked for is the reader's view
		{"grammar.open-question", "I need you to be brutal about the new blend, don't spare my feelings.", true},
		{"grammar.want-you-to", "I need you to be here by eight.", true},
		// the reasons behind the reader's pick asked for
		{"grammar.open-question", "If it were your vineyard, would you pick the Syrah or the Grenache first, and why?", true},
		{"grammar.request", "If it were your vineyard, would you pick the Syrah or the Grenache first, and why?", false},
		{"grammar.request", "Would you pick up the Syrah on your way in?", true},
		// the reader's view wanted, asked for as "Tell me ..." asks
		{"grammar.open-question", "I need you to tell me straight what isn't working.", true},
		{"grammar.want-you-to", "I need you to tell me straight what isn't working.", false},
		{"grammar.want-you-to", "I need you to send me the figures.", true},
		{"grammar.request", "Can all tenants on the 3rd floor confirm by email?", true},
		{"grammar.direct-question", "What size T-shirt do you want (S, M, L or XL)?", true},
		{"grammar.direct-question", "What do you want from this role?", false},
		// a fact of the reader's record is asked for, not a view
		{"grammar.request", "Could you tell us which course you are enrolled on?", true},
		{"grammar.open-question", "Could you tell us which option you prefer?", true},
		{"grammar.direct-question", "Does anyone know a reliable plumber?", true},
		{"grammar.direct-question", "Is it ok if we keep the car until Monday morning?", true},
		{"grammar.request", "Could residents on the even side put their bins out tonight.", true},
	}
	for _, tt := range tests {
		s := a.AnalyzeSentence(tt.sentence)
		got := findSignal(s, tt.rule) != nil
		if got != tt.want {
			t.Errorf("%s on %q = %v, want %v (signals: %s)", tt.rule, tt.sentence, got, tt.want, s.SignalIDs())
		}
	}
}

// TestSoftenersLowerWithoutErasing: 4. softeners lower a directive's strength,
// but the sentence stays directive.
func TestSoftenersLowerWithoutErasing(t *testing.T) {
	a := newAnalyzer(t)
	bare := a.AnalyzeSentence("Send me the report by Friday.")
	for _, soft := range []string{
		"Please send me the report by Friday.",
		"Send me the report by Friday if you can.",
		"Could you send me the report by Friday?",
		"Maybe send me the report by Friday, because the board meets on Monday.",
		// an order that waits on the reader's own condition
		"If you have it ready, send me the report by Friday.",
	} {
		s := a.AnalyzeSentence(soft)
		if !(s.Directive < bare.Directive) {
			t.Errorf("%q: directive %v, want below the bare order's %v", soft, s.Directive, bare.Directive)
		}
		if s.Directive <= 0 || s.Label != analyze.LabelDirective {
			t.Errorf("%q: directive %v label %s: a softened request must stay directive", soft, s.Directive, s.Label)
		}
	}
	if sig := findSignal(a.AnalyzeSentence("Please send me the report."), "grammar.imperative"); sig == nil || !sig.Softened {
		t.Errorf("imperative after please not marked softened: %+v", sig)
	}
	// The words that make a request are not also its softener; a softener
	// further inside it still softens.
	for sentence, softened := range map[string]bool{
		"I would suggest that you rerun the tests.":        false,
		"Would it be possible to move the review?":         false,
		"Would you please double-check the allergy notes?": true,
	} {
		if sig := findSignal(a.AnalyzeSentence(sentence), "grammar.request"); sig == nil || sig.Softened != softened {
			t.Errorf("%q: request %+v, want softened %v", sentence, sig, softened)
		}
	}
}

// TestIntensifiersRaise: 6. urgency, intensifiers, capitals and "!" raise
// a directive's strength, and only a directive's.
func TestIntensifiersRaise(t *testing.T) {
	a := newAnalyzer(t)
	bare := a.AnalyzeSentence("Send me the report.")
	for _, loud := range []string{
		"Send me the report immediately.",
		"Send me the report!",
		"Send me the report NOW.",
		"Send me exactly the report I asked for.",
		"Send me the report, no exceptions.",
	} {
		s := a.AnalyzeSentence(loud)
		if !(s.Directive > bare.Directive) {
			t.Errorf("%q: directive %v, want above %v (signals %s)", loud, s.Directive, bare.Directive, s.SignalIDs())
		}
	}
	if s := a.AnalyzeSentence("Great work on the launch!"); s.Directive != 0 {
		t.Errorf("an exclamation alone made praise directive: %v (%s)", s.Directive, s.SignalIDs())
	}
}

// TestNegation: 5. negation in the clause cancels or flips a cue.
func TestNegation(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		sentence string
		id       string
		negated  bool
		pole     lexicons.Pole
	}{
		{"You don't have to use the template.", "grammar.obligation", true, lexicons.Empowering},
		{"You don't need my sign-off for this.", "grammar.obligation", true, lexicons.Empowering},
		{"You must not share the file.", "grammar.obligation", false, lexicons.Directive},
		// A deadline in the clause of a lifted duty is lifted with it, however
		// far from the negator.
		{"You don't have to get the whole thing fixed up by Friday.", "horizon.by-weekday", true, lexicons.Empowering},
		{"You have to get the whole thing fixed up by Friday.", "horizon.by-weekday", false, lexicons.Directive},
		{"You don't have to stay late, but the deck goes to the board by Friday.", "horizon.by-weekday", false, lexicons.Directive},
		{"You don't have to stay late, but the deck is due by Friday.", "horizon.is-due", false, lexicons.Directive},
		{"You shouldn't need my sign-off to fix a customer's problem.", "grammar.obligation", true, lexicons.Empowering},
		{"You shouldn't share the password.", "grammar.obligation", false, lexicons.Directive},
		{"Your manager has approved it, so there is nothing further you need to do.", "grammar.obligation", true, lexicons.Empowering},
		// Through a verb of thinking a negator reaches the frame; past a
		// clause of its own (a condition's verb and object) it does not.
		{"I don't think you need to rewrite the whole intro.", "grammar.obligation", true, lexicons.Empowering},
		{"If you can't make your shift you need to find cover yourself.", "grammar.obligation", false, lexicons.Directive},
		// A condition's negator stops where the main clause's subject and
		// modal begin, with or without a comma.
		{"If it doesn't land we'll learn something and move on.", "risk.we-will-learn-something", false, lexicons.Empowering},
		{"If the pilot does not work we will learn something.", "risk.we-will-learn-something", false, lexicons.Empowering},
		{"If you can't use git you're going to have a hard time in this job.", "inspiration.going-to-have-a-hard-time", false, lexicons.Directive},
		// A "not" that qualifies the subject stops at the clause's modal.
		{"Staff not in uniform will be sent home.", "empowerment.sent-home", false, lexicons.Directive},
		{"Anyone not wearing a harness will be sent home.", "empowerment.sent-home", false, lexicons.Directive},
		{"Reversing in the yard without a banksman is banned.", "risk.banned", false, lexicons.Directive},
		// a denied passive duty frees; a thing not done by a deadline keeps
		// the deadline, and its negator reaches nothing after it
		{"Nothing needs to be done if your details are unchanged.", "grammar.obligation", true, lexicons.Empowering},
		{"Timesheets not submitted by Friday will be escalated to your line manager.", "horizon.by-weekday", false, lexicons.Directive},
		{"Timesheets not submitted by Friday will not be paid until the following month.", "empowerment.will-not-be-paid", false, lexicons.Directive},
		{"You do not have to submit it by Friday.", "horizon.by-weekday", true, lexicons.Empowering},
		// "Not bad" judges; it reverses nothing after it.
		{"Not bad for someone who obviously hasn't read the manual.", "inspiration.for-someone-who-obviously", false, lexicons.Directive},
		// An exclamation in question form reverses nothing; nor does doubt
		// about a reason.
		{"Wasn't it wonderful to see so many families at the party?", "inspiration.positive-emotion", false, lexicons.Empowering},
		{"Not sure why you'd share this publicly.", "inspiration.why-post-this", false, lexicons.Directive},
		{"Not sure how many times I need to explain the priorities.", "inspiration.how-many-times-i-need-to-explain", false, lexicons.Directive},
		{"A poetry night with no ticket sales is not a serious idea for a business like ours.", "innovation.not-a-serious-idea", false, lexicons.Directive},
		{"They leave with a book they never expected to love.", "inspiration.positive-emotion", false, lexicons.Empowering},
		{"Who doesn't love a quiet early-morning swim?", "inspiration.positive-emotion", false, lexicons.Empowering},
		{"Whether you crop it square or not is your call.", "empowerment.your-call", false, lexicons.Empowering},
		{"Not saying you have to, just an idea.", "grammar.obligation", true, lexicons.Empowering},
		// A negator spends itself on the first cue it reaches, unless "or"
		// joins the next to it.
		{"You don't need my permission to experiment.", "innovation.let-us-experiment", false, lexicons.Empowering},
		{"Don't micromanage or second-guess the team.", "empowerment.second-guess", true, lexicons.Empowering},
		// A negator inside an entry's own words ("nobody ... without") is
		// the rule's, and reaches no cue beside it.
		{"Nobody touches the cluster without a ticket from now on.", "risk.from-now-on", false, lexicons.Directive},
		{"Not every concept has to work; the failed study taught us more.", "grammar.obligation", true, lexicons.Empowering},
		// a cue opening with a clause break is out of a negator's reach, and
		// a deadline in a condition's negated clause is still a deadline
		{"If the permit isn't signed you don't touch that switchgear, full stop.", "empowerment.full-stop", false, lexicons.Directive},
		{"If the bug count isn't under 30 by Friday, we push the release.", "horizon.by-weekday", false, lexicons.Directive},
		{"Every concept has to work.", "grammar.obligation", false, lexicons.Directive},
		// "Not every" is a quantifier: what follows is not reversed, but a
		// duty it opens is lifted
		{"Not every pilot will work and that is fine.", "risk.that-is-fine-if-it-fails", false, lexicons.Empowering},
		{"The test didn't work and that's totally fine.", "risk.that-is-fine-if-it-fails", false, lexicons.Empowering},
		{"Not all of you need to come on Friday.", "grammar.obligation", true, lexicons.Empowering},
		// no one required: "nobody has to" frees, "nobody is to" forbids
		{"I'll lead the dawn visit myself so nobody has to take the early slot alone.", "grammar.obligation", true, lexicons.Empowering},
		{"Nobody is to touch the cluster.", "grammar.obligation", false, lexicons.Directive},
		{"Expenses submitted without itemised receipts will not be reimbursed.", "empowerment.will-not-be-paid", false, lexicons.Directive},
		// "without" under another negator makes the cue a condition to meet.
		{"Nobody commits to pricing changes on the Harrison account without clearing it with me first.", "empowerment.check-with-me-first", false, lexicons.Directive},
	}
	for _, tt := range tests {
		s := a.AnalyzeSentence(tt.sentence)
		sig := findSignal(s, tt.id)
		if sig == nil {
			t.Errorf("%q: no %s (signals %s)", tt.sentence, tt.id, s.SignalIDs())
			continue
		}
		if sig.Negated != tt.negated || sig.Pole != tt.pole {
			t.Errorf("%q: %s negated=%v pole=%s, want negated=%v pole=%s", tt.sentence, tt.id, sig.Negated, sig.Pole, tt.negated, tt.pole)
		}
	}
	if s := a.AnalyzeSentence("I don't want you to worry about the deadline."); findSignal(s, "grammar.want-you-to") != nil {
		t.Errorf("a negated want-you-to should be cancelled: %s", s.SignalIDs())
	}
}

// TestNegationFlipsLexiconCues needs the lexicon's micromanage and
// new-things entries; it checks the pole of the document, not the entry id,
// so it survives lexicon edits.
func TestNegationFlipsLexiconCues(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		sentence string
		want     analyze.Label
	}{
		{"I don't want to micromanage this project.", analyze.LabelEmpowering},
		{"I want to micromanage this project.", analyze.LabelDirective},
		{"Don't hesitate to reach out if you get stuck.", analyze.LabelEmpowering},
		{"We never try anything new here.", analyze.LabelDirective},
		{"We try new things here all the time.", analyze.LabelEmpowering},
		// the alternative set aside is rejected
		{"Instead of micromanaging the team, trust them.", analyze.LabelEmpowering},
		{"I'd rather we try ten things and keep two than play it safe.", analyze.LabelEmpowering},
		{"Rather than play it safe, we are trying the bold option.", analyze.LabelEmpowering},
		{"Playing it safe is better than nothing.", analyze.LabelDirective},
		// a cue that opens with its own negator is restated, not reversed
		{"There will be no more overtime without written approval.", analyze.LabelDirective},
		// "or no" names the two choices
		{"Crop or no crop is totally your call.", analyze.LabelEmpowering},
		// a cue opening with "if" is a condition the negator does not reach
		{"Stop posting clips if you can't handle criticism.", analyze.LabelDirective},
		// what is learnt from less is set aside
		{"We'll learn more from it than from playing it safe.", analyze.LabelEmpowering},
		// ", though" concedes what comes before it, as "but" does
		{"Happy to hear your views, though it's been signed off and goes live in March regardless.", analyze.LabelDirective},
		{"Great work on the launch, though.", analyze.LabelEmpowering},
		// ", provided ..." and ", as long as ..." take back what came before
		{"You've got complete freedom on the scheme, provided every drawing comes through me first.", analyze.LabelDirective},
		{"It's okay to fail here, as long as we learn something.", analyze.LabelEmpowering},
		// ", which means ..." takes back the grant before it
		{"You have full ownership of the newsletter, which means every draft comes to me for sign-off first.", analyze.LabelDirective},
		// "stop being ..." keeps the sense of the state named
		{"Stop being dramatic, it's just water.", analyze.LabelDirective},
		{"Stop being so hard on yourself.", analyze.LabelEmpowering},
	}
	for _, tt := range tests {
		s := a.AnalyzeSentence(tt.sentence)
		if s.Label != tt.want {
			t.Errorf("%q: label %s (D %.2f, E %.2f, signals %s), want %s", tt.sentence, s.Label, s.Directive, s.Empowering, s.SignalIDs(), tt.want)
		}
	}
}

// TestPronounProfile: 7. I / we / you counts and rates per 100 words.
func TestPronounProfile(t *testing.T) {
	a := newAnalyzer(t)
	doc := a.Analyze("p.txt", "I think we should ship. You did great work and I thank you. Let's celebrate our win.")
	p := doc.Pronouns
	if p.I != 2 || p.We != 3 || p.You != 2 {
		t.Fatalf("pronouns I=%d we=%d you=%d, want 2, 3, 2", p.I, p.We, p.You)
	}
	want := 100 * 2.0 / float64(doc.Words)
	if diff := p.IRate - want; diff > 0.01 || diff < -0.01 {
		t.Errorf("I rate %v, want %v (%d words)", p.IRate, want, doc.Words)
	}
}

// TestImperativeScale: a suggestion weighs half an order.
func TestImperativeScale(t *testing.T) {
	a := newAnalyzer(t)
	weight := func(s string) float64 {
		for _, sig := range a.AnalyzeSentence(s).Signals {
			if sig.ID == "grammar.imperative" {
				return sig.Weight
			}
		}
		t.Fatalf("%q: no imperative", s)
		return 0
	}
	order, suggestion := weight("Restart the server."), weight("Try restarting the server.")
	if suggestion != order/2 {
		t.Errorf("suggestion weighs %v, order %v; want half", suggestion, order)
	}
	// An order that waits on the reader's own condition counts half,
	// however the condition names the reader.
	for _, conditional := range []string{
		"If you have questions, call me.",
		"If anyone sees a problem, call me.",
		"If the new process is slowing you down, call me.",
		"If that date is going to be a problem, call me.",
	} {
		if w := weight(conditional); w != order/2 {
			t.Errorf("%q weighs %v, order %v; want half", conditional, w, order)
		}
	}
	if w := weight("If the build fails, call me."); w != order {
		t.Errorf("an order after a condition on the world weighs %v, want %v", w, order)
	}
	if w := weight("If the client calls, call me."); w != order {
		t.Errorf("a condition that is not the reader's weighs %v, want %v", w, order)
	}
}

// TestWeakCuesDoNotLabel: the weak rules move scores but leave a sentence
// with nothing else neutral.
func TestWeakCuesDoNotLabel(t *testing.T) {
	a := newAnalyzer(t)
	for _, s := range []string{
		"Your desk is by the window.",        // grammar.you-statement
		"Which room is the training in?",     // grammar.direct-question
		"See you all at the offsite!",        // grammar.enthusiasm
		"Let's go over the list on Tuesday.", // grammar.inclusive-imperative
	} {
		got := a.AnalyzeSentence(s)
		if len(got.Signals) == 0 {
			t.Errorf("%q: no signal; the test checks nothing", s)
		}
		if got.Label != analyze.LabelNeutral {
			t.Errorf("%q: label %s, want neutral (signals %v)", s, got.Label, got.Signals)
		}
	}
}

// TestVocativeAddresses: a sentence that names no one counts its lexicon
// cues at half weight, unless it opens or closes by addressing someone by
// name; a closing name after a short sign-off is the writer's signature.
func TestVocativeAddresses(t *testing.T) {
	a := newAnalyzer(t)
	weight := func(s, id string) float64 {
		t.Helper()
		sig := findSignal(a.AnalyzeSentence(s), id)
		if sig == nil {
			t.Fatalf("%q: no %s", s, id)
		}
		return sig.Weight
	}
	bare := weight("Great work on the launch.", "inspiration.great-work")
	for _, s := range []string{"Great work on the launch, Priya.", "Priya, great work on the launch."} {
		if w := weight(s, "inspiration.great-work"); w != 2*bare {
			t.Errorf("%q: weight %v, want %v (twice the unaddressed %v)", s, w, 2*bare, bare)
		}
	}
	if signed, plain := weight("Many thanks, Jo", "inspiration.thanks-bare"), weight("Many thanks", "inspiration.thanks-bare"); signed != plain {
		t.Errorf("a signature after a sign-off changed the weight: %v against %v", signed, plain)
	}
}

// A choice handed over counts once, whether it shows in the imperative's
// clause or as a phrase ("Take the Friday slot if you want").
func TestAutonomyCountsOnce(t *testing.T) {
	a := newAnalyzer(t)
	for _, sentence := range []string{
		"Take the Friday slot if you want.",
		"Anyone who wants to lead a workstream, put your hand up, then email me.",
	} {
		s := a.AnalyzeSentence(sentence)
		n := 0
		for _, sig := range s.Signals {
			if sig.ID == "grammar.autonomy-support" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: grammar.autonomy-support found %d times, want once (signals: %s)", sentence, n, s.SignalIDs())
		}
	}
}

// TestQuestionDirectiveLeavesBalance: a yes/no question put to the reader
// asks (its directive score rises) and leaves the most room to decline (its
// empowering score rises as much), so it labels nothing and moves no
// balance.
func TestQuestionDirectiveLeavesBalance(t *testing.T) {
	a := newAnalyzer(t)
	for _, sentence := range []string{
		"Have you got the signed copy?",
		"Is there an agenda for the Friday meeting?",
		"Do we have the numbers for March?",
	} {
		s := a.AnalyzeSentence(sentence)
		if s.Directive <= 0 || s.Empowering != s.Directive || s.Label != analyze.LabelNeutral {
			t.Errorf("%q: directive %.2f, empowering %.2f, label %s; want equal and above zero, neutral (signals: %s)",
				sentence, s.Directive, s.Empowering, s.Label, s.SignalIDs())
		}
	}
}

// TestOwnPaceDiscountsDeadlines: a deadline in the writer's own commitment
// sets the writer's pace; beside an order it presses the reader again.
func TestOwnPaceDiscountsDeadlines(t *testing.T) {
	a := newAnalyzer(t)
	weight := func(sentence string) float64 { return signalWeight(t, a, "horizon.end-of-day", sentence) }
	pressed := weight("We need the notes by end of day.")
	for _, own := range []string{
		"I'll send you my notes by end of day.",
		"Finally, I should have the draft ready by end of day.",
		"I am going to finish the review by end of day.",
		"The numbers look odd, and I will find out why by end of day.",
		"I want to book the rooms by end of day.",
		"We expect to restore the service by end of day.",
		"Hi Margaret: I'll get you my comments by end of day.",
		// a report of what happened
		"The rollback completed and our error rate was back to normal by end of day.",
	} {
		if w := weight(own); !(w < pressed/2) {
			t.Errorf("%q: weight %v, want well below %v", own, w, pressed)
		}
	}
	for _, order := range []string{
		"I will need the notes by end of day, so send them now.",
		"Tom will send you the notes by end of day.",
		"I want to have the notes by end of day.",
		"We will need the notes by end of day.",
		"Your reports are due by end of day.",
	} {
		if w := weight(order); w < pressed {
			t.Errorf("%q: weight %v, want at least %v", order, w, pressed)
		}
	}
}

// TestQuotedCuesAreMentions: a cue inside quotation marks names a phrase
// rather than saying it to the reader.
func TestQuotedCuesAreMentions(t *testing.T) {
	a := newAnalyzer(t)
	weight := func(sentence string) float64 { return signalWeight(t, a, "risk.just-to-be-safe", sentence) }
	used := weight("We pushed changes just to be safe and lost two days.")
	for _, mentioned := range []string{
		`We pushed changes "just to be safe" and lost two days.`,
		"We pushed changes “just to be safe” and lost two days.",
	} {
		if w := weight(mentioned); !(w < used/2) {
			t.Errorf("%q: weight %v, want well below %v", mentioned, w, used)
		}
	}
	// An unpaired quotation mark marks no mention.
	if w := weight(`We pushed changes "just to be safe and lost two days.`); w != used {
		t.Errorf("unpaired quote: weight %v, want %v", w, used)
	}
}

// signalWeight is the weight of signal id in sentence; the test fails if
// the sentence has no such signal.
func signalWeight(t *testing.T, a *analyze.Analyzer, id, sentence string) float64 {
	t.Helper()
	sig := findSignal(a.AnalyzeSentence(sentence), id)
	if sig == nil {
		t.Fatalf("%q: no %s signal", sentence, id)
	}
	return sig.Weight
}

// TestHandedOverDecision: an order that hands the decision over supports
// autonomy more than one whose object is only the reader's want.
func TestHandedOverDecision(t *testing.T) {
	a := newAnalyzer(t)
	weight := func(sentence string) float64 { return signalWeight(t, a, "grammar.autonomy-support", sentence) }
	want := weight("Run it how you like.")
	for _, decision := range []string{
		"Pick the tools you're most comfortable with.",
		"Pick whichever project excites you most.",
		"Choose the layout that suits you.",
		// after a verb of choosing, the reader's want is the decision
		"Pick the crew you want.",
	} {
		if w := weight(decision); !(w > want) {
			t.Errorf("%q: autonomy %v, want above %v (the reader's want)", decision, w, want)
		}
	}
	if s := a.AnalyzeSentence("Pick the tools you're most comfortable with."); s.Label != analyze.LabelEmpowering {
		t.Errorf("a handed-over decision alone: label %s, want empowering", s.Label)
	}
}

// Thanks said with a request is the request's courtesy, not recognition:
// the labelling guide reads "thanks" as softening a request, not as
// empowering.
func TestThanksBesideARequestIsCourtesy(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		sentence string
		thanks   bool
	}{
		{"could you send me the object list when you get a sec, thanks", false},
		{"Send it over, thank you!", false},
		{"Thanks, that helps a lot.", true},
		{"If you could get your kit sorted before Tuesday that would be much appreciated.", false},
		{"Sam the way you refactored the payment module saved us weeks, thank you", true},
		// a sign-off's thanks are its courtesy too
		{"Thanks everyone, have a good weekend.", false},
		// and a rule's: "Offcuts go in the blue skip, thanks."
		{"Offcuts go in the blue skip, not general waste, thanks.", false},
		{"Timesheets must be signed by Friday, thanks.", false},
	}
	for _, tt := range tests {
		s := a.AnalyzeSentence(tt.sentence)
		got := findSignal(s, "inspiration.thanks-bare") != nil || findSignal(s, "inspiration.thank-you") != nil || findSignal(s, "inspiration.much-appreciated") != nil
		if got != tt.thanks {
			t.Errorf("%q: thanks signal %v, want %v (signals %s)", tt.sentence, got, tt.thanks, s.SignalIDs())
		}
	}
}

// Thanks, sorry, please and "reminder" speak to someone, so a cue beside
// them is not discounted as said of no one.
func TestAddressingWordsAreNotImpersonal(t *testing.T) {
	a := newAnalyzer(t)
	for _, s := range []string{
		"Reminder that the fridge temperature log is due every morning.",
		"Thanks in advance for getting the inventory photos uploaded tonight.",
		"Management has decided that remote work will end on 1 March.",
	} {
		if got := a.AnalyzeSentence(s).Label; got != analyze.LabelDirective {
			t.Errorf("%q: label %s, want directive", s, got)
		}
	}
}

// "Have a go with ..." suggests, as "Try ..." does: half an order's weight.
func TestHaveAGoSuggests(t *testing.T) {
	a := newAnalyzer(t)
	order := findSignal(a.AnalyzeSentence("Send the new layout to the client."), "grammar.imperative")
	for _, s := range []string{"Have a go with the new layout.", "Have a play with the new layout.", "Have another go at the batch next vintage.", "Think about hosting it regularly.", "Maybe think about the poster session."} {
		try := findSignal(a.AnalyzeSentence(s), "grammar.imperative")
		if order == nil || try == nil {
			t.Fatalf("imperatives not found: order %v, %q %v", order, s, try)
		}
		if try.Weight >= order.Weight {
			t.Errorf("%q weighs %.2f, an order %.2f: want less", s, try.Weight, order.Weight)
		}
	}
}
