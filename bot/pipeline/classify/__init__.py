"""Tell which event types a docket entry's text carries, and why.

`classify(text)` takes the text of one entry (a PACER docket or RSS
description, a Texas or Odyssey case event, a news sentence) and returns its
event types in EVENT_TYPES order, or ("other",) when nothing is found. One
entry may carry several types: "ORDER granting 12 Motion to Dismiss" is an
order and a dismissal. `explain(text)` says what decided each type.

How a text is read:

1. A PACER RSS description may join several docket events with " AND "
   ("Order AND ~Util - Set Hearings"): each event is read on its own and the
   types are merged. All-caps names such as "STIPULATION AND ORDER" are one
   document and are not split.
2. Clutter before the document's name goes (sealing banners, "EP:", "(E)",
   "Judge X:" bylines, numbering, "ENTERED IN ERROR", a banner that a later
   entry undid this one: "***STRICKEN PURSUANT TO 35 ORDER***", "[VACATED
   PURSUANT TO COURT 9 ORDER.]"), and so does every mention of another
   document: "(related document(s) 57 Order Dismissing Case)", "(RE: 61
   Motion ...)", "(Related Doc # 51)" become "(related document)", and the
   list of attachments, "(Attachments: # 1 Exhibit A ...)", becomes
   "(attachments)". What an entry cites or attaches is not an event of this
   entry - except in the minute of a hearing, whose "(RE: ...)" names the
   matter heard and ruled on. A document number in brackets ("[12]") is read
   as the bare number, Vermont's "Motion 3 (to Dismiss)" as "3 Motion to
   Dismiss", and a menu name printed inverted ("Abandon, Motion to", as
   Bankr. S.D. Ind. prints them) as "Motion to Abandon", and an abbreviated
   notice ("Ntc-Default Judgment", as Nebraska's county courts write it) as
   "Notice of Default Judgment", "Mtn to", "Mot. for" and "Applic to" as
   "Motion to", "Motion for" and "Application to", and "judgement" as
   "judgment"; a clerk's abbreviation (abbreviations.tsv) as its word ("ORD
   GRTG DEF MTN TO DISM" as "ORDER GRANTING DEFENDANT MOTION TO DISMISS");
   Maricopa County's document code (a few capitals its name opens with, or
   that stand before a filer in the possessive) is dropped ("COM - Complaint"
   is read as "Complaint", "MTD - Defendant's Motion to Dismiss" as
   "Defendant's Motion to Dismiss"). Bankr. D.N.J.'s "Document re: X", a
   paper a party files, is read as X marked as a party's filing: an order it
   names is the party's copy or proposal, no order.
3. The vocabulary table (vocabulary.tsv: CM/ECF event names and RSS short
   descriptions, Texas and Odyssey event types) names the document the event
   opens with, maybe after "Trustee's", "Amended" and the like, or after
   its filer's name in the possessive ("Equity Interest Holders' Objection
   to ..."): "Order Dismissing Case" -> dismissal, order. A row of type
   `other` is a record about other documents (a certificate of service, a
   memorandum in support, a BNC notice): nothing else is read, unless the
   paper also files a motion (rules.JOINED_MOTION) or is the clerk's mailing
   of a notice of hearing (rules.HEARING_NOTICE_ISSUED).
4. Named rules (rules.py) find the types the table row did not give: a text
   that is nothing but a relief of CM/ECF's motion menus (reliefs.tsv:
   "Extend Time", "Avoid Lien", as RSS feeds and CourtListener show a
   motion's short description) is a motion; rulings
   ("granted", "disposed"), a granted motion to dismiss in any court's
   wording, hearings set or held, pleas, counsel appearing, news phrasing.
5. Named vetoes take types away: a motion named with its ruling is only the
   ruling; a filed motion only asks, so the dismissal it seeks and the hearing
   date it names are not events yet (unless it is also a "Notice of Hearing").
6. The event model (model.py, a logistic regression per type trained on the
   labels) reads the whole text as step 2 leaves it, less the phrases that
   name a dismissal without making one (a motion to dismiss, a ruling to
   vacate one, "declines to dismiss": rules.NAMED_NOT_RULED), and adds, above
   a probability of 0.5, a dismissal or a judgment steps 3-5 did not find, or
   an order or a hearing to a text in which they found nothing at all
   (model.POLICY): never to a record about other documents, only to a text
   that names the type in a court's words (model.NAMES_A_DISMISSAL and its
   siblings), and the vetoes of step 5 take its finding away as they take a
   rule's. It never takes a type away. The rules were written from the labels
   and miss what is worded as no rule foresaw; on the rules' first reading of
   texts they had never seen, the model, trained without those texts'
   dockets, read those four types better (bench/first_reads.py). Motions,
   charges, pleas and appearances are the rules' alone.

The event types are defined in DESIGN.md. Where the labelled texts forced a
decision the definitions do not make (the labelling guide's decisions):

- motion: applications and petitions for relief (Application to Employ, habeas
  corpus, petition for review, request to enter default, the Texas Court of
  Criminal Appeals' "WRIT RECEIVED") are motions, whatever
  words come before "MOTION" (older dockets' list of filers: "Plaintiffs X, Y
  and Z, Motion for Leave ..."; "CONSENT/EX PARTE", "*DEFICIENT*", "Daubert",
  "STIPULATION AND JOINT", "In Limine"), a notice filed with one ("Notice of
  Settlement and Joint Motion for ..."), Texas's "EXT ... FILED", a party's
  letter requesting relief ("Letter ... requesting that the Office of the
  Federal Public Defender be assigned", "LETTER ... re: Request to Deem RFAs
  Admitted", "Letter ... requesting one-week adjournment", "... requesting oral
  argument on the pending motion", "asking the Court for the appointment of
  an attorney"; not a letter of the court or the clerk, a letter response, a
  status inquiry), a filer's name before its motion or petition ("Filed (ECF)
  Amicus Curiae X Motion for leave", "PETITION OF DEFENDANT X TO COMPEL
  APPRAISAL"), "NOTICE OF HEARING AND MOTION" (also a hearing), a relief's
  short name marked with its filer ("Summary Judgment (Plaintiff) - Partial";
  not a move promised: "The government agrees to move to dismiss the
  remaining counts" in a plea agreement), cross-motions, and a response or objection filed
  with one ("Opposition ... and Cross-Motion for Summary Judgment", "Objection
  to Confirmation and Motion to Dismiss Case"; not "Response to Motion to
  Dismiss and Motion for Sanctions"), a "Notice and Motion", a "NOTICE OF
  MOTION AND MOTION" filed under another event ("NOTICE Notice Of Motion And
  Motion For ...", "STATEMENT of ... NOTICE OF MOTION AND MOTION"), the redacted
  public version of a motion, C.D. Cal.'s "Joint STIPULATION to Compel ..."
  (Local Rule 37's form of a discovery motion). Not motions: requests for a summons, a warrant
  or a writ ("Summons Request", "Request for Clerk to Issue Summons",
  "Request for Clerk to Issue Warrant for Seizure", "REQUEST ... for issuance
  of continuing writ of garnishment"), a transcript or notices;
  discovery requests ("Request for Admissions", "Request for Production of
  Documents"); a separate notice of a motion already filed (a hearing if it
  sets one: "Notice of Motion and Hearing"); clerical notes about a filed
  motion ("MOTION(S) REFERRED", "Motions No Longer Referred", "Motion
  terminated", "Terminate Motions", "Motion Submitted", "Motion(s) Taken Under
  Advisement", "MOTION to Dismiss is withdrawn"); an Odyssey calendar event
  named after a motion (a hearing); a court of appeals' "Motion Order FILED"
  (its order on a motion); a request or petition filed with the court's order
  on it in one signed form ("PETITION TO ENTER PLEA OF GUILTY AND ORDER
  ENTERING PLEA ... Signed by", "APPLICATION AND ORDER to file under seal ...
  by Judge X", an order only) or a probation officer's
  petition or request that the judge signed ("US PROBATION PETITION ...
  Issuance of SUMMONS approved. Signed by Magistrate Judge"); a court of
  appeals' record that a case was opened or a petition served ("CASE OPENED.
  Petition for Review has been received", ACMS's "..., SERVED.", "...,
  OPENED."); a filing's "[Disposed]" status
  flag is no ruling; a notice of a motion already filed, named
  by its number or after "Re:" ("Notice of Motion RE: [4-1] Motion ...",
  "NOTICE of Motion Re: X's Motion to Compel") or noticed for
  presentment (a hearing if it gives the date); a stipulation resolving a
  motion; the minute of a hearing on a motion.
- dismissal: a case, claim, count, party, appeal or charge is ENDED by this
  entry: an order of dismissal, an order granting (even in part) a motion to
  dismiss, a party's notice or stipulation of dismissal, nolle prosequi,
  charges dropped, an appeal withdrawn or dismissed for lack of jurisdiction,
  a judgment whose counts are dismissed ("PARTIAL JUDGMENT dismissing
  w/prejudice the claims against X"), an order "to Dismiss this action", a disposition written as a label
  ("Disposition of Adversary: Dismissed"), California's "Request for
  Dismissal", an order granting a stipulation of dismissal, the minute of a
  hearing on a motion to dismiss that records "motion granted", an order
  approving a stipulation of dismissal, a judgment entered on an order of
  dismissal ("JUDGMENT re: 12 Order of Dismissal"), a stipulation or notice
  of dismissal under Fed. R. Civ. P. 41(a)(1) (also typed "41(a)(l)"), even one its filer calls
  "Proposed" (it takes effect without an order), a stipulated
  order dismissing parties, a party dismissed ("defendant X is dismissed"), a "Stipulated Dismissal" or
  "Rule 48(a) Dismissal", New York's "STIPULATION - DISCONTINUANCE" and
  "NOTICE OF DISCONTINUANCE" (CPLR 3217), an order of conditional dismissal (a settled case
  that "will, without further Order, be dismissed" after some days), a notice of
  settlement filed with a stipulation of dismissal, a complaint, appeal or
  charge withdrawn ("Notice of Withdrawal of Adversary Complaint"), a
  "Stipulation to Dismiss" a party, an order "entering" a notice of voluntary
  dismissal, a motion for summary dismissal granted, "this cause is
  dismissed". Not: a dismissal named as a condition ("If this case is
  dismissed prior to this hearing", "whether the appeal is later dismissed"), a
  jury dismissed after its verdict, a
  motion to dismiss, an order denying one or "on" one, a ruling that may come
  ("appeal from any order dismissing any of the charges") or made before by
  another entry ("the Court previously dismissed Count I") or named as the
  object of a request ("Motion for Reconsideration of the April 17, 2008,
  Order Granting ... Motion to Dismiss", and the papers filed about it), an
  order to show cause "why it should not dismiss", a civil cover
  sheet's "Previously dismissed case: No", the clerk's BNC "Notice of
  Dismissal of Case", a clerk's note citing a ruling of another entry by its
  number ("Motion to dismiss #50 granted by 2/22/02 Order #73": no order
  either), a motion dismissed (as moot or
  otherwise: "Dismissing Defendants' Third Motion for Summary Judgment"), a notice of intent to
  dismiss, a clerk's notice of a dismissal ordered separately ("Notice of
  Dismissal; Notice That All Pending Hearings Are Vacated"), a report or
  clerk's evidence naming an earlier dismissal, a withdrawal that ends nothing
  (a proof of claim, a motion, an appearance, an objection, "Voluntary
  Dismissal of Motion"), a discharge, a case closed, a warning or condition
  ("may result in dismissal", "or case shall be dismissed", "notice of intent
  to withdraw appeal"), a notice or stipulation of dismissal an order tells a
  party to file, a dismissal asked for in the alternative ("Motion to Stay or
  in the Alternative Dismiss") or by a party's "request to dismiss", a case
  set on a "dismissal docket" (Texas) or "DWP Call" (Cook County): a hearing, a ruling on an order of dismissal ("Order Vacating
  Order of Dismissal"), a motion for an order dismissing, a trustee reporting
  that the case "has been dismissed", a lower court's dismissal reviewed on
  appeal ("The judgment of the district court dismissing the petition ... is
  AFFIRMED", "challenges the district court's dismissal": the appeal's
  ruling is an order), a dismissal that "stands" once reconsideration is
  denied, a notice of dismissal an order cites ("PLAINTIFF HAVING FILED A
  NOTICE OF DISMISSAL, ALL PENDING MOTIONS ARE MOOT"), a motion for a nolle
  prosequi nothing grants, a "Dismissal for Want of Prosecution Docket" (a
  setting), a request for dismissal "***REJECTED***", a party's "Notice of
  Ruling" (it tells of the court's ruling: other, no order either).
- order: opinions, memo endorsements, findings, mandates, discharges of the
  debtor, final decrees, a judge's fiat, combined "Motion/Order" forms, a
  clerk's briefing schedule, a signed continuance ("Hearing Continued ...
  Signed on"), a trustee discharged, the Texas Court of Criminal Appeals'
  "ACTION TAKEN — ..." and "... DISP — ..." (its dispositions: "PDR DISP —
  REFUSED"; a dismissal too if "DISMISSED", unless of a motion), Florida's
  "Disposition by Opinion" and "Disposition by Order", and any text that records a ruling
  ("granted", "denied", "MOTION ALLOWED", a Texas "... disposed", a minute in
  which "the court grants", an "OUTCOME:" other than withdrawn, continued or
  an order to be submitted, "the Court accepts/withdraws/vacates/finds", "plan
  confirmed", a party "allowed 20 days", an application or admission form
  "approved", "Approval of ...", "the Court has approved", a plea agreement
  "accepted", a report and recommendation "adopted", a minute "granting 21
  Oral Motion"), a sentence opening with "ORDERED", an "...
  Order Thereon" or "... and Order Granting" form, a document endorsed by a
  judge, what a judge signed ("Signed by Judge", "Signed on 1/7/16 by Chief
  District Judge", "Signed by HONORABLE ..."; but a recommendation, a bond, a
  criminal complaint, a statement of reasons or a decree signed is not, and a
  signed decree is a judgment only; a magistrate judge's report and
  recommendation is other unless it also orders something) or "approved by Judge", the court acting
  "On the Court's own motion, ..." (not the clerk's notice of it) and, as
  California's registers write it, "Continued by Court", "Vacated by Court",
  "Taken Off Calendar by Court" (a setting's result; also a hearing), "OSC
  Discharged", "Case Deemed Settled", "Result: Order of Dismissal", a tentative
  ruling adopted, supervised release or probation "revoked", a removal or case "STAYED", a case or file referred to a
  magistrate judge or to mediation (not S.D.N.Y.'s clerk's "CASE REFERRED TO
  Judge X as possibly related", nor a file referred to a records center), a
  party "is ordered to" do something (not in a judgment), a mandate issued (also
  told at the end of another entry: "Appeal dismissed - ... Mandate issued."),
  CourtListener's "Accepting Report and Recommendation ..." (the district judge
  adopts it), "Terminating 66 Withdraw as Attorney as Moot" and "Terminating
  Defendant X Pursuant to 29 Notice of Voluntary Dismissal" (also a dismissal),
  a CJA 20 "Appointment of Attorney X" (signed or not), a court of appeals' "SCHEDULE NOTICE" (its
  briefing schedule) and "MEMORANDUM DISPOSITION", C.D. Cal.'s "TEXT ONLY ENTRY
  IN CHAMBERS", Florida's "Recognizing Agreed Extension", Texas's "Oral argument
  denied" (no hearing), a preliminary
  or permanent injunction, and N.D. Ill.'s "MINUTE entry before the Honorable
  ..." (the court's minute order; also a hearing, as every minute entry is;
  but C.D. Cal.'s "MINUTES OF IN CHAMBERS ORDER" and "MINUTES (IN CHAMBERS)
  by Judge X:", the judge's decision made in chambers, record no hearing). "Order
  on Motion to Dismiss" is only an order; an order appointing counsel (also a
  CJA appointment) is left an order only (the labels disagree on whether it is
  also an appearance). A proposed, lodged or unsigned order ("Order to Show
  Cause - Unsigned", "LODGED ORDER: re: motion ...") is other; a judgment that records a ruling ("JUDGMENT. Denied")
  is a judgment only, unless issued as a mandate. Not orders: an agency's
  decision filed in the court of appeals ("AGENCY DECISION AND ORDER, dated
  ..., RECEIVED."), a copy of an order sent by mail, access granted to a
  sealed document. A warrant or capias issued or ordered with the bail or
  bond it sets ("WARRANT OF ARREST ISSUED, JUDGE: X - BOND AMOUNT: $8,000.00",
  Utah's "Warrant ordered on: ... Bail amount: 10000.00", "CAPIAS ISSUED BOND
  $2,500.00") is an order, as is a bond set ("Signature bond set with felony
  conds.") and a capias "ordered"; a bare "Warrant Issued", "Capias Issued"
  (also with its reason, "- Failure to Appear at Arraignment") or "Writ of
  Habeas Corpus ad Prosequendum issued" (a process the clerk issues) is
  other.
- judgment: also a consent decree, an abstract of judgment, an adversary
  "Disposition ... Granting Complaint", stipulated, agreed and partial
  judgments, "Stipulated Order and Judgment", an "opinion and judgment", a
  court's "Judgment is entered in favor of ...", a (default) decree of
  forfeiture, the clerk's entry of a default judgment, a court of appeals'
  "FILED AND ENTERED JUDGMENT", "the ORDER, JUDGMENT, and DECREE", an order
  granting a motion to enter a consent decree or a consent, default or final
  judgment, Texas's "Sentence imposed in the trial court"; not a marshal's
  "JUDGMENT RETURNED executed", a "Judgment vacated", a judgment satisfied, an
  entry of default, nor a jury's verdict ("JURY VERDICT as to X (1) Guilty on
  Counts 1-3": other; the judgment entered on it is the judgment).
- hearing: setting, holding, continuing or cancelling a hearing, conference,
  trial, sentencing, oral argument ("CASE argued", "ARGUED and SUBMITTED",
  "Calendared for oral argument") or § 341 meeting of creditors, "Terminate
  Hearings", a minute entry of proceedings, an order granting a motion or
  stipulation to continue one ("Order to Continue - Ends of Justice"), a
  guilty plea scheduled, a matter "continued to" or "to be heard on" (or "will
  be heard on") a date, "the Court will hold a conference on" a date, a trial
  that "shall commence on" one (not a referral that lets a judge "hold the
  final pretrial conference" some day),
  closing arguments held, a hearing agenda, a hearing adjourned or taken off
  calendar, a re-arraignment scheduled, an arraignment or re-arraignment event
  ("Rearraignment - Guilty Plea Entered ..."; also a plea), New York's "Motion
  returnable <date> ... adjourned to <date>" (no motion filed), "Ready for Trial on" a date (D. Me.),
  an order granting a bare "motion to continue" and an "Order Continuing
  Case", a trial continued "in (the) interests of justice", a stipulation to
  continue or reschedule a hearing (a stipulation is no motion), a calendar
  call or docket call, California's "(Non-Appearance) Case Review" and "Order
  to Show Cause Re: ..." scheduled (only a hearing: the setting is named after
  the order it hears, as is Utah's "ORDER TO SHOW CAUSE HEARING scheduled on
  ...") and its "Minute Order (Case Review)", a case
  "submitted without oral argument on" a date, a hearing named "for" a date or
  that "shall be held on", "is continued until" or "will happen on" one, the clerk's notice of a bankruptcy case that names its meeting of
  creditors and the BNC's "341(a) Notice", and a CM/ECF minute event named after one ("Status Conference",
  "Jury Trial", "Sentencing", "Oral Argument", "Voir Dire", a § 341 "Meeting",
  any short event name ending in "Hearing", "Trial" or "Conference" such as
  "Bond Hearing" or "Trial - Miscellaneous"; "Initial Appearance" - a
  defendant before the court, not counsel appearing). A motion that names its
  own hearing date is only a motion (also N.D. Ill.'s "Notice of Motion and
  Motion ... Hearing scheduled for"); "Motion ... with Notice of Hearing" and
  "Motion ..., Notice of Motion and Hearing" are also a hearing. A hearing
  only mentioned in passing ("during the conference held on July 28", "the
  bail hearing, which was held on August 10", a transcript of one or exhibits
  from it, "Hearing Originally Scheduled for", the hearing date SDNY appends
  to every filing about a matter, "with hearing to be held on", "A hearing on
  the motion was held on January 28" told in an order, "transcripts of all
  proceedings held", a conference "to be held no later than" a date) is not; a notice of settlement with that date is. Nor are papers filed for a
  conference or trial ("Initial Pretrial Conference Summary Statement",
  "Scheduling Conference Form", "Designation of Place of Trial", a party's
  "ORAL ARGUMENT STATEMENT"), nor a case "being considered for an upcoming oral
  argument calendar", nor a bankruptcy "Notice and Opportunity for Hearing"
  (negative notice: a hearing only if someone asks).
- charge: complaints (also adversary complaints), counterclaims, crossclaims,
  indictments, informations, and a notice of removal (also "NOTICE of petition
  for REMOVAL" and older dockets' "PETITION FOR REMOVAL from the Supreme Court of ..."; it brings a lawsuit into the court), SDNY's superseding "S(1) INDICTMENT", an "Adversary Proceeding
  Complaint", a consolidated complaint, New York's "SUMMONS + COMPLAINT"; a bankruptcy petition is not, nor an indictment unsealed,
  nor the government's information of prior convictions (21 U.S.C. 851: it seeks a higher sentence).
  Where a state court names the paper that opens a civil case a petition, it
  is a charge (Texas's "Original Petition (OCA)" and its "Original Petition"
  for anything, "... for Breach of Contract", an eviction's "Amended
  Petition", Oklahoma's bare "PETITION" and "PETITION ON AN ACCOUNT",
  California's "Petition: Dissolution w/minor"); a petition FOR something is
  a motion. So are Oregon's and Utah's traffic "Citation" and Oregon's
  "Accusatory Instrument" (Texas's "Citation Issued/Served" is its summons:
  other), Utah's "INFORMATION AND SUMMONS", the states' felony and misdemeanor
  complaints and informations, Georgia's "Accusation", a grand jury's "True
  Bill" or "Presentment", North Carolina's "Bill of Indictment", Iowa's
  "Trial Information"; not a "CRIMINAL INFORMATION SHEET", nor a
  counterclaim an order lets a party file.
- judgment (state courts): Oregon's criminal "Disposition ... Convicted" (or
  "... Bail Forfeiture") and "Sentence (Judicial Officer: ...)", Arkansas's
  "SENTENCING ORDER" (also an order), a sentence imposed (Philadelphia's
  "GUILTY PLEA NEGOTIATED/SENTENCE IMPOSED", also a plea; Vermont's "Sentence
  on dispute 1: ..." and "Order - Sentence/Penalty Imposed", also an order;
  not "Sentence imposed. Judgment to issue." in a federal minute, whose
  judgment is its own entry), a sentence pronounced in a state court's
  entry or in the news ("DEFENDANT SENTENCED TO 18 MONTHS", "Sentence: 3
  Years DOC", Virginia's "Result: Sentenced", "JUDGMENT AND SENTENCE",
  Florida's "ADJUDICATION WITHHELD", "X sentenced to 25 years in prison";
  not one told of the past, "was sentenced to", nor a "JUDGMENT AND SENTENCE
  AFFIRMED": the appellate court's order), an "Entry of Civil Judgment", Texas's
  "Disposition ... Deferred Adjudication" (deferred adjudication ends no
  charge: no dismissal); not Utah's "Judgment #1 ... Disposition: Satisfied",
  nor Ohio's "JUDGMENT ENTRY", the journal entry of any ruling (an order; a
  judgment only where it enters one).
- hearing (state courts): Utah's "PHASE 2 REVIEW scheduled on <date> at
  <time>" and "NOTICE for Case ... ARRAIGNMENT. Date: ...", Arkansas's "ORDER
  ON MTN CONTINUE <dates>", "ORDER - SCHEDULING ORDER <dates>", "ORDER TO
  APPEAR <date>" and "FIRST APPEARANCE <date>" (all also orders but the
  last), a bankruptcy "Notice of Agenda", a notice of a list of matters that
  names a hearing ("Notice of Sale, Bidding Procedures, Auction, Sale
  Hearing and Other Deadlines"), Philadelphia's "NEXT ACTION: TRIAL DATE:
  ...", Vermont's "VOP is set for 2/13", Cook County's "calls" ("Motion Call",
  "Progress Call": calendars, no motion), an order to appear on a date at a
  time; not a conference the parties are to "contact chambers to schedule";
  an Odyssey calendar event
  "Appearance (9:00 AM)" is a hearing, not counsel appearing, and so is New
  York eCourts' "Appearance Type: Preliminary Conference ... Outcome:
  Adjourned" (an outcome adjourned or submitted is no ruling); a "New Trial
  Date" or "Next Court Date" given with its date, Ohio's "PRETRIAL SET FOR"
  a date, and a stipulation (and order) to continue a trial are hearings.
- state courts, also: the Los Angeles register's "Updated -- <event>: ..."
  records a change to an event already on it: no motion filed (its "Result:
  Denied" is still a ruling); a court of appeals' "APPEAL DISMISSED for want
  of prosecution" (its clerk's order) is a dismissal and an order, as is its
  "MOTION ORDER, granting ..." an order; a charge "Dismissed by Court" is a
  dismissal and an order, one "Non-Suited by Plaintiff" a dismissal; Alaska's
  "Order Granting Motion Case Motion #1: Motion to Dismiss" grants that
  motion; Cook County's "Continuance - Motion Defendant - <date>" and
  "Continuance By Agreement Of Parties" are hearings (no motion filed);
  "judgment for plaintiff" after a ruling ("motion sustained; judgment for
  plaintiff") or as a hearing's "Result:" is a judgment, a default judgment
  "Set Aside" none; a stipulation dismissing "all claims and counterclaims"
  brings no counterclaim. Cook County's "Default Judgment - Allowed $12,340.00"
  is a judgment and the court's order; its "Motion To Dismiss - Entered And
  Continued <date>" a hearing, no motion; its "Strike Off With Leave To
  Reinstate" a dismissal, and "... Appearance Filed" an appearance. Oklahoma's
  "MOTION AND ORDER TO DISMISS ... - JUDGE X" and Texas's "Motion and Order to
  Dismiss Signed (Judicial Officer: ...)" are signed forms: a dismissal and an
  order. "AGREED JUDGMENT ENTERED", "THIS JUDGMENT IS FINAL", "FINAL SUMMARY
  JUDGMENT", a hearing's "Result: Default Judgment Rendered" and "motion for
  default judgment ... is granted" are judgments; Nebraska's "Sentence This
  action initiated by Judge X ..." a sentence pronounced.
- state courts, also: Vermont's "Dispute 1 for Docket No. ... Count #1,
  PETIT LARCENY, ..." (a count filed) is a charge; bail or conditions "set
  by" a judge, a summons "ordered by Judge", a judge who "accepts plea", a
  "Pre-trial discovery order issued", a motion "rendered moot" and
  Pennsylvania's "Held for Court" are orders; Vermont's "Attorney assigned:
  X" is an appearance, and its "Motion ... given to Judge X" a clerical
  note (other); Alaska's "Attorney Information Attorney X representing
  Defendant Y as of <date>" is an appearance (counsel's assignment
  "dismissed/withdrawn" is no dismissal), its "Log Notes: Arraignment" the
  court's minute of a hearing held (unlike a federal "FTR Log Notes", a
  recording's certificate); "<event> - Allowed" records a ruling as
  "- Granted" does.
- courts of appeals, bankruptcy and state criminal dockets, also (set 51):
  a court of appeals' "JUDGMENT ORDER filed. Decision: ..." is a judgment
  (a dismissal too if dismissed), no order; "SUMMARY ORDER AND JUDGMENT" an
  order and a judgment; the Second Circuit's "CASE CALENDARING, for the week
  of ..., SET." a hearing (its "..., PROPOSED." other); a case "submitted on
  the briefs without oral argument to <judges> on <date>" a hearing; a filer
  named with "of" ("Appellee United States of America Motion for ...",
  "Appellee City of X Motion to ...") and an Anders brief "with Motion to
  withdraw as counsel" are motions; "Attorney X added to case", the Seventh
  Circuit's "Filed Appearance form ...", New York's "18-B Attorney Assigned:
  X" and "Assistant District Attorney Assigned: Y", co-counsel "associated
  with" lead counsel and an order granting a petition for "permission to
  practice in this case only" are appearances ("Withdrawing Appearance of
  Counsel" is none); a dismissal an order vacates ("Order of Dismissal
  entered 4/7/2017 is VACATED", "The Clerk's dismissal entered ... is
  VACATED"), one a minute cites ("In light of Plaintiff's 31 Notice of
  Dismissal ..., the Order to Show Cause is DISCHARGED"), the clerk's closing
  note "Debtor dismissed 06/02/2015", a trustee's notice of intent to "Obtain
  Order Dismissing Case", a consent order under which the trustee "may submit
  an order dismissing", a letter that the parties "will file a stipulation to
  dismiss the appeal" or "expect to file a stipulation withdrawing" it, and a
  notice withdrawing a motion to dismiss are no dismissals; Florida's "NO
  INFORMATION FILED" and Georgia's "NO BILL RETURNED BY GRAND JURY" are
  dismissals; Virginia's "Amended Charge: ...", New York's "Superior Court
  Information Filed" and Ohio's "CITATION FILED - ..." charges; orders: "PSI
  Ordered", "Held for Court" anywhere in the entry, bail or bond "revoked" or
  "forfeited" (not Utah's fee line "Bail Forfeited -680.00"), an "INTERIM BOND
  $10,000", an order of protection issued, a rule nisi issued, New York's
  "Adjourned in Contemplation of Dismissal" (no dismissal), "- ORDER SIGNED",
  Ohio's "ENTRY: ...", a bond set after a bracket or a "Result:", "Omnibus
  Motion Decided" (a ruling: no motion); hearings: "CASE CALLED FOR TRIAL",
  "PRETRIAL CONTINUED ... TO <date>", "; SENTENCING <date>" after a plea or a
  verdict, a hearing "Ordered for <date>", a "Formal Arraignment"; a fine
  pronounced ("FOUND GUILTY. FINE $100 + COSTS.") and North Carolina's "Final
  Disposition: Guilty" are judgments; Pennsylvania's "Notes of Testimony" a
  transcript (other); a capias for a failure to appear "for Plea Setting" no
  plea; a speedy trial demand (Florida's Rule 3.191(b), Georgia's O.C.G.A.
  17-7-170) is other: it starts the time running and asks no ruling (the
  motion for discharge that follows is the motion).
- registers and older dockets, also (set 52): a paper the clerk did not
  enter ("Request for Dismissal ***NOT ENTERED***", "Agreed Order Of
  Dismissal Submitted - Not Entered") ends and rules on nothing; Los
  Angeles's "Stipulation - No Order" is no order, and its "Updated -- ..."
  no counsel entering unless the update records a grant; a setting named
  "PROTECTIVE (or SUPPLEMENTAL) ORDER HEARING" is a hearing only; a petition
  for a restraining or protection order is a motion (no charge, no order);
  a judgment debtor examination set or held is a hearing; a judge's minute
  ("CTFREE: JUDGE X: CASE CALLED. ...", "JUDGE X: PLAINTIFF APPEARS BY
  COUNSEL") is a hearing, and an order too where it dismisses; a plea "of
  guilty to Count 1 ... accepted" is an order; an order granting a motion
  for a separate and final judgment (Rule 54(b)) is a judgment too, and so
  is a judgment "against garnishee X $1,977.63"; a proposed judgment or a
  "judgment to be entered" is none, nor is a dismissal only warned of ("or
  the action may be dismissed"), a setting's "Reason: Dismissal", or a
  motion to vacate a dismissal order; Texas justice courts' "Debt Claim Case
  - Original Petition", a small claims complaint and Oregon's "Small Claim -
  Notice of Claim" are charges; California's "Notice of Intention to Move
  for New Trial" is a motion, and a setting's "Result: Non-Suit" a
  dismissal.
- federal dockets, also (set 53): a party's letter "re: Defense requests a
  45-day adjournment" is a motion; E.D. Cal.'s "NOTICE of REQUEST to SEAL
  DOCUMENTS" is one; a cover sheet filed with a motion is none; a "CONSENT
  ORDER FOR CONTINUANCE" is a hearing too and "Speedy Trial Excluded" in a
  minute an order; C.D. Cal.'s "DESIGNATION AND APPEARANCE OF COUNSEL", a
  bankruptcy "Appearance and Request for Notices" and counsel "substituted
  for" another "as counsel for" a party are appearances; counsel
  "terminated ... pursuant to Order granting motion to withdraw" and a pro
  hac vice fee receipt naming an order are other; a motion to dismiss
  "DISMISSED WITHOUT PREJUDICE to re-urging", an action that "will be
  dismissed for want of prosecution unless" a party acts, and "The 57 Order
  of Dismissal and 58 Judgment are VACATED" dismiss nothing.
- registers, short descriptions and older dockets, also (set 54): Los
  Angeles's hearing results "- Held - Case Dismissed" and "(Dismissal -
  Delay in Prosecution )" are a dismissal and an order, "Trial Date Set" at
  a conference an order; a demurrer "Overruled in part, Sustained in part"
  or heard "- Held - Motion Granted" dismisses; a peremptory challenge
  "Result: Accepted" and a case "placed in special status of: Stay" are
  orders; a creditor's "Application and Order for Appearance and
  Examination" is a motion only; a judgment whose "Status changed ... to
  Vacated", one "requested" or "to enter" is none; the clerk's mailing of
  an order or a judgment ("Distribution - Order of Dismissal mailed",
  "Certificate - Mailing Judgment", "Return of Electronic Notification -
  Ruling and Order ...") is other; "Dismissal Withdrawn", a "Dismissal
  Hearing" that retains the case and a "DWP Call" dismiss nothing; a case
  "disposed with disposition of Dismissed" ("Disposed: Dismissed") is a
  dismissal, no order; Nebraska's dismissal "initiated by Judge" is an
  order too, its "Affidavit-Poverty/In Forma Pauperis" and "Petition-Formal
  Probate" motions; Oklahoma's "AGREED JOURNAL ENTRY OF DISMISSAL" is an
  order, a rule to show cause issued an order and its return date a
  hearing; counsel who "ENTERS APPEARANCE FOR" a party in open court
  appears, as does counsel named in Oregon's "Notice - Limited Scope
  Representation" and Maryland's "Line to Substitute Counsel: X substituted
  for Y" (not C.D. Cal.'s G-123 "Counsel No Longer Receiving Service"); a
  cross-motion filed with a response or a memorandum in opposition and a
  sentencing memorandum "with Request for" a variance are motions; a
  stipulation to continue the hearing on an objection to a claim is a
  hearing, a notice of presentment that gives no day none, nor N.D. Tex.'s
  "ORDER REQUIRING SCHEDULING CONFERENCE AND REPORT" (the parties confer); a
  party's "Document re: Order Dismissing Case (Proposed)" dismisses nothing.
- registers and criminal dockets, also (set 55): a Los Angeles order to
  show cause whose update gives "Result Type to Held - Case Dismissed", and
  the older "(re dismissal; Case Dismissed)", are a dismissal and an order;
  an "OSC re: ..." scheduled or set for a day, and one "set 11/04/2020"
  without "for", is a hearing only; a request for dismissal "Status:
  Rejected" or "rejected on" a day, and an update that only moves its
  result date, dismiss nothing; the clerk's "Notice of Dismissal of
  Debtor's Chapter 13 Case to All Creditors" is other; an opposition to a
  "Notice of Motion and Motion" files no motion; Nebraska's "Notice Issued
  on X Notice of Hearing-Postcard <setting> <date>" and "Notice-Hearing" are
  hearings, "Dismiss by Parties" a dismissal, "Dism by Court" a dismissal
  and an order, "Order Dismissal of <date> set aside" no dismissal, and
  "Decree-Dissolution" a judgment; California's "Civil Unlimited
  Complaint", Iowa's "Original Notice and Petition", Missouri's "Petition
  Filed in Associate Judge" and Michigan's "Landlord/Tenant Complaint and
  Summons" are charges; "Order of excludable delay entered", a defendant
  "released on $X PRB", a "Signature bond $500 set" and a bench warrant
  issued "; BOND $2,500" are orders; "Court Minutes ... for Sentencing
  held" is a hearing; "plea negotiations" are no plea; counts that "will be
  dismissed at sentencing" and a plea agreement in which the "State to
  nolle" a count dismiss nothing yet. A newcomer's try after it: a
  register's "Order: Motion to Continue - Granted" and Missouri's "Motion
  Granted/Sustained ... Motion for Continuance" are an order and a hearing;
  a clerk "directed to DISMISS" the complaint "if" a party does not act
  dismisses nothing yet; a motion filed with its "...; Notice of Hearing;
  ..." (Hawaii) is a hearing too; a "Remittitur issued" is a mandate.
- motions filed under other events, also (set 56): a response, opposition,
  reply, brief, memorandum or objection that adds the filer's own request,
  "and Request for Leave to Amend" (to file an amended complaint, to
  conduct discovery, to supplement), "and request for oral argument",
  "AND REQUEST FOR AN EVIDENTIARY HEARING", "and Request for De Novo
  Hearing", "and Request for Jurisdictional Discovery", "and Request for
  Additional Time", "and Request for Review by the District Judge", is a
  motion (not where "and Motion for Sanctions" or "and Request for
  Expedited Relief" is the opposed motion's own title); so are "NOTICE by X
  of Motion and Motion to ...", an answer "with ... MOTION TO STRIKE" or
  "and Rule 12(b)(6) motion to dismiss", and a party's letter "Received
  Filing: Letter ... requesting to reopen his case" or "requesting reduction
  of sentence"; a motion filed with "; Notice of hearing set for ..." is a
  hearing too, but a "NOTICE of hearing on motion to dismiss [5-1] ..." no
  motion; a "Trial Attorney" is no trial ("NOTICE of Designation of Trial
  Attorney X" is an appearance); a magistrate judge's findings and
  recommendation that a motion "should be GRANTED and this case dismissed"
  is no order and no dismissal; "REQUEST FOR DISMISSAL REJECTED" dismisses
  nothing; Maryland's "Line of Dismissal" is a dismissal.
- real dockets of courts no other set drew from, also (set 57): D. Del.'s
  "SO ORDERED, re 9 MOTION for Pro Hac Vice Appearance of Attorney X" is an
  order only (it does not say granted); Wisconsin's "Bail/bond hearing
  Minutes" (any "<name> hearing Minutes") is a hearing; Maryland's
  "POSTPONEMENT OF TRIAL" and a register's "Continued At Plaintiffs Request"
  are hearings; Texas's "CONTINUED ON PROBATION", "DISCHARGED FROM
  PROBATION", "Conditions of Community Supervision" and "REFERRAL TO
  MAGISTRATE" are orders; "Defendant Sentenced <offense>; Sentence Type
  Confinement" is a judgment; Ohio's "Magistrates Decision Approved And
  Confirmed" is an order (a recommendation adopted); Florida's "Payable
  Infraction Filed" (a civil traffic citation) is a charge.
- plea: anything about a defendant's plea, including a change-of-plea or
  re-arraignment hearing; not a pre-plea investigation report, nor Texas's
  civil pleas: a "Plea to the Jurisdiction" or "Plea in Abatement" asks the
  court to dismiss or abate (a motion, as is Virginia's "Plea in Bar"), a "Plea in Intervention" pleads the
  intervenor's claims (a charge). A count dismissed "per plea agreement" (or
  "pursuant to", "- Plea Agreement") is a dismissal and no plea: the
  agreement is the reason, and the plea is an entry of its own; it is a plea
  too only where the same text records the plea ("PLEA: GUILTY ...; COUNT 2
  DISMISSED PER PLEA AGREEMENT").
- appearance: counsel entering the case: notice of appearance (also limited,
  special or temporary, and a party's "Notice of Pro Se Appearance", the party
  its own counsel; "Entry of Attorney Appearance", "Notice of Attorney Designation",
  "Add and Terminate Attorneys"), a praecipe to enter one, a motion to
  substitute counsel that names the counsel coming in ("MOTION to Substitute
  Attorney X for Y", "... in place of Y", "(Substitute: X)"; a motion and an
  appearance, as a substitution is; one that names no one coming in, as a
  bare "Substitute Attorney", is a motion only), a court of
  appeals' "ADDED [Counsel for Respondent] X for Respondent Y", "Added
  Attorney(s) X for party(s) Appellant Y", a clerk's "Added for defendant X
  attorney Y", "ATTORNEY, X, for
  Appellant Y, ADDED." and "ATTORNEY, X in place of attorney Y, SUBSTITUTED"
  (not "..., TERMINATED."), a clerk's "Attorney X added for Y" (as an order
  granting a motion to enroll counsel records it), a notice "Adding X as attorney as
  counsel of record", "Appearance entered by X" in a minute, a criminal docket's
  "Attorney update in case ... added", substitution or association of counsel,
  limited-scope representation, a "Letter of Representation" (Texas justice
  courts), an attorney admitted pro hac vice (the order
  granting it is an order and an appearance; so is an order "admitting ...
  Attorney X", an order "for X to appear
  pro hac vice" and "Pro Hac Vice counsel ... added to receive Notices of
  Electronic Filing", and an admission pro hac vice or special admission
  approved; an order granting an "Application for Limited Admission" or a
  "Motion to Appear PHV"), a
  "Notice of Entry of Appearance", Virginia's "Defense Attorney: X - Retained"
  (or "Court Appointed"); not an order that lets counsel file an
  appearance ("may file a Notice of Appearance"), nor an order that cites
  another entry's notice by its number ("ORDER STRIKING 55 Notice of
  Appearance", "In light of the 71 Notice of Attorney Appearance ..., CJA
  counsel X is relieved"), nor C.D. Cal.'s form G-123 where counsel "will no
  longer receive service", nor a bare "Request for
  Notice", nor an order on a motion to appear pro hac vice that does not say
  granted, nor the motion or application asking for an admission (a motion:
  only its grant admits), nor a minute's note of who attended ("Appearance of
  counsel.", "Appearances of Counsel for Plaintiffs and Defendants").
- other: a void entry ("COURT DELETED INCORRECT ENTRY", "FILED IN INCORRECT
  CASE", "Refer to Replacement Entry", and anywhere in the text "PLEASE
  DISREGARD" or "PLEASE IGNORE", "Filed in wrong case", "DOCKETED IN
  CONSOLIDATED CASE IN ERROR") is other, and so is a clerk's note that the filer used the wrong event
  ("Electronic filing errors. Incorrect event used", "Incorrect Event
  Entered, filer refiled ...", C.D. Cal.'s "NOTICE TO FILER OF DEFICIENCIES",
  whatever dates it names); one only marked "ENTERED IN ERROR" (or a
  banner that a later order vacated or struck it) is read by what it names.
  A chapter 15 petition for recognition is other, like any bankruptcy
  petition. Also
  other: a notice of service, a notice of entry of any document, returned
  mail, a notice of appeal, a notice of docket error or of the withdrawal of
  a document, a clerk's "DEFECTIVE DOCUMENT" note, statements filed for a conference (status, pretrial, settlement),
  sentencing memoranda, transcript orders.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

from bot.core.events import EVENT_TYPES
from bot.pipeline.classify.model import POLICY, EventScores, Policy, event_probabilities
from bot.pipeline.classify.rules import (
    NAMED_NOT_RULED,
    PARTYS_DOCUMENT_MARK,
    READ_PAST_A_RECORD,
    RULES,
    VETOES,
    is_relief_name,
)
from bot.pipeline.classify.vocabulary import abbreviations, lookup

# RSS joins docket events with an upper-case " AND " between title-case
# names: "Compel AND Discovery", "Order(Other) AND ~Util - Set Deadlines".
# Case-sensitive on purpose, so that "STIPULATION AND ORDER" or "APPEAL NOS.
# 16-30192 AND 16-30258" in an all-caps text stays whole.
_EVENT_SEPARATOR = re.compile(r"(?<=[a-z)])\s+AND\s+(?=~|[A-Z][a-z])")

# A clerk's banner that the entry was undone later, by another entry: the
# entry is still read by what it names, like one "ENTERED IN ERROR".
_UNDONE = r"(?:vacated|stricken|struck|withdrawn|superseded|moot)"
# Clutter before a document's name: sealing banners, banners of an entry undone or ruled on later, short codes such as
# Hawaii's "EP:"/"EO:", Odyssey's "UD:"/"OSC:" or a bankruptcy court's "(E)",
# "Judge X:" bylines, numbering, "~" and other punctuation.
_LEADING_CLUTTER = re.compile(
    rf"""
    ^(?:
        \*+\s*sealed\s+document\s*\*+                # **SEALED DOCUMENT**
      | [a-z]{{2,3}}(?:-\d+)?:                           # EP:, EO:, UD:, OSC:, JS-6:
      | ecf\s+filer\s*:                                # D.C. Cir.: "ECF FILER: Motion filed by ..."
      | docket\s+text\s*:                            # an NEF's "Docket Text:"
      | received\s*:                                 # an appellate clerk's "RECEIVED:"
      | filed\s*:                                    # Utah: "Filed: INFORMATION AND SUMMONS"
      | filed\s+(?:\(ecf\)\s*|(?=motion\b))           # Ninth Circuit: "Filed (ECF) ...", Seventh: "Filed Motion by"
      | \*+\s*private\s*\*+                           # Utah: "**** PRIVATE ****"
      | redacted\s+(?:public\s+)?version\s+of          # read as the document it redacts
      | \((?![^()]*\bdisregard\b)[^()]{{0,80}}\)          # (E), (docketed in error/incorrect ssn)
      | \(\d{{2}}\s+\((?:[^()]|\([^()]{{0,200}}\))*\)\s*\)      # an adversary proceeding's nature of suit: (02 (Other (e.g. ...)))
      | "?(?:entered|docketed)\s+in\s+error\W*"?          # ENTERED IN ERROR - (read by content)
      | \[[^\]]{{0,20}}?\b{_UNDONE}\b[^\]]{{0,60}}\]         # [VACATED PURSUANT TO COURT 9 ORDER.]
      | \*{{2,}}[^*]{{0,20}}?\b{_UNDONE}\b[^*]{{0,60}}\*{{2,}}   # ***STRICKEN PURSUANT TO 35 ORDER***
      | \[(?:granted|denied|dismissed)\b[^\]]{{0,40}}?\bby\s+(?:clerk['’]?s?\s+)?order\b[^\]]{{0,60}}\]  # a later ruling: "[DENIED BY ORDER FILED 4/20/26]"
      | (?:magistrate\s+)?judge\s+[^:/]{{1,60}}[:/]     # Judge Mark G. Mastroianni:, Oklahoma's "JUDGE COLLINS/"
      | (?-i:[xz])(?=[A-Z])                            # a retired CM/ECF event: "xBNC Certificate", "zDischarge of Debtor"
      | bk-(?:\d+\s+)?(?=[a-z])                          # a bankruptcy court's event prefix: "BK-13 Discharging Debtor(s)"
      | vacated(?:\s+in\s+part)?,?\s+see\s+[^-—]{{1,60}}?\s[-—]\s   # "VACATED IN PART, see Order filed 10/2/2008 - JUDGMENT"
      | (?:[^\w(]|[\d_](?!\d*\s*(?:\(a\)\s*)?(?:meeting|notice)\b))+  # "1 - ", "~", spaces; not "341 Meeting"
    )+
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A menu name printed inverted, as Bankr. S.D. Ind.'s CM/ECF menus and some feeds print them ("Abandon, Motion to",
# "Relief from Stay, Motion for. Filed by X", "Extension of Time to File, Notice of", "Motion for Relief from Stay
# (Notice of)"), read in the usual order:
# "Motion to Abandon". Only at the start, and only when nothing but the end of the name, or a qualifier after a dash
# ("Emergency Consideration, Motion for - Cash Collateral"), follows.
_INVERTED_NAME = re.compile(
    r"""^(?P<object>[^,.;()]{2,120}?)(?:,\s+|\s*\((?=notice\s+of\)))
         (?P<kind>(?:motion|application|notice|objection|petition|request|stipulation|complaint)\b[^,.;()]{0,60}?\b(?:to|for|of))
         \)?(?=\s*(?:$|[.;(]|filed\b|by\b|[-–—]\s))""",
    re.IGNORECASE | re.VERBOSE,
)
# D. Ariz.'s bankruptcy events mark the court's orders with a lower-case o before the name ("oRelief from Stay",
# "oReopening Bankruptcy Case"): read as "Order ...".
_ORDER_MARK = re.compile(r"^o(?=[A-Z])")
# A notice named by its abbreviation, as the Nebraska County Court's register and older dockets write it
# ("Ntc-Default Judgment ON X", "Ntc of Assignment"): read as "Notice of ...".
_ABBREVIATED_NOTICE = re.compile(r"^ntce?\.?(?:\s*-\s*|\s+of\s+)", re.IGNORECASE)
# A motion or application named by its abbreviation before what it asks, as older dockets and bankruptcy menus write it
# ("Def's Mot. for Continuance", "Applic to Pay Filing Fee in Installments"): read in full. ("Mtn", wherever it stands,
# is abbreviations.tsv's, read before this.)
_ABBREVIATED_MOTION = re.compile(r"\b(?:(?P<motion>mot)|applic)\.?\s+(?=(?:to|for)\b)", re.IGNORECASE)
# Maricopa County's document code before the document's name, which the code's first letter opens ("COM - Complaint",
# "NAP - Notice Of Appearance"), or a code before a filer in the possessive ("MTD - Defendant's Rule 12(b)(6) Motion
# ..."): dropped. Not a word before a dash ("Plea - Guilty", "Bail - Forfeiture").
_DOCUMENT_CODE = re.compile(r"^(?:(?P<initial>[a-z])[a-z]{1,3} - (?=(?P=initial))|[a-z]{2,4} - (?=\w+['’]s\s))", re.IGNORECASE)
# "Judgement", as many state clerks spell it ("DEFAULT JUDGEMENT", "Final Judgement"): read as "Judgment".
_JUDGEMENT = re.compile(r"\b(judg)e(ments?)\b", re.IGNORECASE)
# Bankr. D.N.J.'s "Document re: ...", the event a party files a paper under ("Document re: Notice of Removal"): read
# as the paper it names, marked at the end as a party's filing (rules.PARTYS_DOCUMENT_MARK), so that an order it names
# is read as the party's copy or proposal of one.
_PARTYS_DOCUMENT = re.compile(r"^\W*document\s+re\s*:\s*", re.IGNORECASE)
# The Los Angeles register's older rows name the filer between a memo and the document ("<memo> - Attorney for
# Plaintiff - Request for Dismissal", "Agabi Kegeyan (Plaintiff) - Complaint", "Clerk - Notice of Case Management
# Conference"): read as the document, the memo after it in brackets ("Request for Dismissal (<memo>)"). A name
# before "(Defendant)" that is a paper's ("Motion to Continue Trial (Defendant) - Ends of Justice") is no filer, nor
# is a newer row's document and filer ("Answer; Filed by: X (Defendant) - First Appearance Fee Paid"), nor a motion's
# short description marked with its filer ("Summary Judgment (Plaintiff) - Partial, Liability Only": reliefs.tsv).
_PARTY_ROLE = r"(?:plaintiff|defendant|petitioner|respondent|cross-\w+|claimant|intervenor)s?"
_FILER_BETWEEN = re.compile(
    rf"""^(?:(?P<memo>.+?)\s-\s)?
        (?:attorney\s+for\s+(?:the\s+)?{_PARTY_ROLE}
          |(?P<filer>(?:(?!\b(?:motion|request|notice|order|application|petition|withdraw\w*|dismiss\w*|reference|trial)\b)[^-();:]){{1,80}})
           \({_PARTY_ROLE}\)
          |clerk|court)
        \s-\s(?P<document>.+)$""",
    re.IGNORECASE | re.VERBOSE,
)
# A document number in brackets, as docket reports and docket history reports
# write them: "ORDER granting [12] Motion to Dismiss", "[22-1]" -> "12", "22-1".
_DOCUMENT_NUMBER = re.compile(r"\[(\d+(?:-\d+)?)\]")
# Vermont's numbered motion with its object in brackets, "Motion 3 (to Dismiss) granted by ...", read as CM/ECF
# writes it: "3 Motion to Dismiss granted by ...".
_NUMBERED_MOTION = re.compile(r"\bmotion\s+(\d+)\s*\(\s*((?:to|for)\b[^()]*)\)", re.IGNORECASE)

# The opening of a mention of another document: "(related document(s) ...",
# "(RE: related document(s) ...", "(Re: 265 Notice of Hearing)", "(Related Doc # 51 )".
_MENTION = re.compile(r"\((?=\s*(?:re\s*:|related\s+doc))", re.IGNORECASE)
MENTION_MARK = "(related document)"
# The list of documents attached to a filing: "(Attachments: # 1 Exhibit A # 2
# Proposed Order)". What is attached is not an event of the entry either.
_ATTACHMENTS = re.compile(r"\((?=\s*attachments?\s*:)", re.IGNORECASE)
ATTACHMENTS_MARK = "(attachments)"
# A minute of a hearing, where "(RE: ...)" names the matter heard, not another
# document: "Hearing Held (RE: 20 Motion to Dismiss Case) Motion Granted".
_MINUTE = re.compile(
    r"^(?:[\w'’]+\s+){0,2}?(?:hearing\s+(?:held|not\s+held)|minutes?\b(?!\s+order))", re.IGNORECASE
)


class Decision(NamedTuple):
    """Why an event type was found or taken away: `by` is "table", "rule", "veto" or "model" (`evidence`: its score)."""

    type: str
    by: str
    name: str
    evidence: str


def classify(text: str, scores: EventScores | None = event_probabilities) -> tuple[str, ...]:
    """The event types of a docket text, in EVENT_TYPES order; ("other",) if none. See `explain` for `scores`."""
    return types_of(explain(text, scores))


def types_of(decisions: list[list[Decision]]) -> tuple[str, ...]:
    """The event types that `decisions` (from `explain`) settle on, in EVENT_TYPES order; "other" only alone (an
    event that is a record about other documents adds nothing to one that is an order)."""
    found: set[str] = set()
    for event in decisions:
        found |= _found(event)
    return tuple(name for name in EVENT_TYPES if name in found - {"other"}) or ("other",)


def explain(text: str, scores: EventScores | None = event_probabilities) -> list[list[Decision]]:
    """Per docket event in the text, the decisions taken on it: table rows and rules that found a type, vetoes that
    took one away, and the event model's (`scores`, asked at most once per text, of the types model.POLICY lets it
    add there; None: the table and rules alone), a decision of the first event. It adds nothing to a text whose every event
    is a record about other documents (a table row of type `other`), and a type it adds is taken away by the vetoes
    that take a rule's."""
    return _explained(text, scores)[0]


def _explained(text: str, scores: EventScores | None) -> tuple[list[list[Decision]], Mapping[str, float]]:
    """`explain`'s decisions, and the event model's probability of each type it was asked about ({} where it was
    asked nothing or `scores` is None)."""
    read = [_read(event) for event in events(text)]
    decisions = [_decide(event) for event in read]
    if scores is None:
        return decisions, {}
    weighed = _model_text(read)
    asked = model_may_add(set(types_of(decisions)), records_only(decisions), weighed)
    probabilities = scores(weighed, asked) if asked else {}
    for name, probability in probabilities.items():
        if probability > POLICY[name].add_above:
            evidence = f"probability {probability:.2f}, above {POLICY[name].add_above}"
            decisions[0] += [Decision(name, "model", "event model", evidence), *_vetoed(name, read, decisions)]
    return decisions, probabilities


def model_may_add(
    found: set[str], about_others: bool, weighed: str, policies: Mapping[str, Policy] = POLICY
) -> list[str]:
    """The `policies` types (model.POLICY) the event model may add to a text: `found` the types the table and rules
    found ({"other"}: none), `about_others` whether every event is a record about other documents (`records_only`),
    `weighed` the text as the model reads it (`model_text`)."""
    return [
        name for name, policy in policies.items()
        if name not in found and not about_others and not (policy.only_to_other and found != {"other"})
        and (policy.named_by is None or policy.named_by.search(weighed))
    ]


def records_only(decisions: list[list[Decision]]) -> bool:
    """Whether every event of `decisions` (from `explain`) is a record about other documents (a table row of type
    `other`)."""
    return all(_found(event) == {"other"} and event[0].by == "table" for event in decisions)


def _vetoed(name: str, read: list[str], decisions: list[list[Decision]]) -> list[Decision]:
    """The first veto that takes the model's `name` away in one of the events (`read`), as it would a rule's: a
    motion only asks for a dismissal, chambers' minutes record no hearing."""
    for event, taken in zip(read, decisions):
        if vetoed := _vetoes(event, _found(taken) | {name}, {name}):
            return vetoed
    return []


def _vetoes(event: str, found: set[str], types: set[str]) -> list[Decision]:
    """The decisions of the vetoes, in VETOES order, that take one of `types` away from an event of which `found` are
    the types found so far (a type taken away is no longer found for the vetoes after)."""
    decisions = []
    for veto in VETOES:
        if (taken := veto.types & types & found) and (match := veto.search(event, found)) is not None:
            decisions += [Decision(name, "veto", veto.name, _quoted(match)) for name in sorted(taken)]
            found = found - veto.types
    return decisions


def _quoted(match: re.Match[str]) -> str:
    """The words a pattern matched, to the end of the last word it reached into ("set for 10/0" ->
    "set for 10/01/2026"); "" where it matched no words."""
    if not match.group(0).strip():
        return ""
    searched, end = match.string, match.end()  # (a rule searches the event with its ignored phrases blanked)
    while end < len(searched) and (searched[end].isalnum() or searched[end] in "/-" and searched[end + 1 : end + 2].isalnum()):
        end += 1
    return searched[match.start() : end].strip()


def _found(event: list[Decision]) -> set[str]:
    return {d.type for d in event if d.by != "veto"} - {d.type for d in event if d.by == "veto"}


def model_text(text: str) -> str:
    """What the event model reads of a docket text (step 6 of the module docstring; also what it is trained on)."""
    return _model_text([_read(event) for event in events(text)])


def _model_text(read: list[str]) -> str:
    return " AND ".join(" ".join(NAMED_NOT_RULED.sub(" ", event).split()) for event in read)


@cache
def _clerks_abbreviation() -> re.Pattern[str]:
    """Any abbreviation of abbreviations.tsv as a whole word, in any letter case."""
    return re.compile(r"\b(?:" + "|".join(sorted(abbreviations(), key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _in_full(short: re.Match[str]) -> str:
    """The word an abbreviation stands for, in the abbreviation's letter case ("Ord" -> "Order")."""
    word = abbreviations()[short.group(0).upper()]
    return word if short.group(0).isupper() else word.lower() if short.group(0).islower() else word.capitalize()


def _read(event: str) -> str:
    # clutter first also where a filer follows it: "04/17/2023 Attorney for Plaintiff - Notice of Ruling"
    event = _LEADING_CLUTTER.sub("", _clerks_abbreviation().sub(_in_full, event))
    if (filed := _FILER_BETWEEN.match(event)) and not (filed["filer"] and is_relief_name(filed["filer"])):
        event = f"{filed['document']} ({filed['memo']})" if filed["memo"] else filed["document"]
    if partys := _PARTYS_DOCUMENT.match(event):
        event = f"{event[partys.end():]} {PARTYS_DOCUMENT_MARK}"
    event = _LEADING_CLUTTER.sub("", _NUMBERED_MOTION.sub(r"\1 Motion \2", _DOCUMENT_NUMBER.sub(r"\1", event)))
    event = _ORDER_MARK.sub("Order ", _INVERTED_NAME.sub(r"\g<kind> \g<object>", event))
    event = _JUDGEMENT.sub(r"\1\2", _ABBREVIATED_NOTICE.sub("Notice of ", event))
    event = _DOCUMENT_CODE.sub("", event)
    event = _ABBREVIATED_MOTION.sub(lambda short: "Motion " if short["motion"] else "Application ", event)
    event = _without(_ATTACHMENTS, ATTACHMENTS_MARK, event)
    return event if _MINUTE.match(event) else _without(_MENTION, MENTION_MARK, event)


def describe(text: str, scores: EventScores | None = event_probabilities) -> str:
    """`explain` for people: the types, then one line per decision, e.g.
    `order          vocabulary row "order" (listed from: CM/ECF)` or
    `dismissal      rule dismissal.said-dismissed: "case dismissed"` (the words the rule matched); a type a veto
    takes away is marked so on the line that found it."""
    decisions, asked = _explained(text, scores)
    lines = [text, "  -> " + ", ".join(types_of(decisions))]
    for number, event in enumerate(decisions, start=1):
        if len(decisions) > 1:
            lines.append(f"  event {number}:")
        kept = _found(event)
        shown: set[Decision] = set()
        for d in event:
            taken = " [taken away below]" if d.by != "veto" and d.type not in kept else ""
            lines.append(f"  {('not ' if d.by == 'veto' else '') + d.type:<14} {_why(d, d in shown)}{taken}")
            shown.add(d)
        if not event:
            lines.append(f"  {'other':<14} no vocabulary row or rule found a type")
    if below := _model_below(decisions, asked):
        lines.append(f"  {'':<14} event model, not added: {below}")
    return "\n".join(lines)


def _model_below(decisions: list[list[Decision]], asked: Mapping[str, float]) -> str:
    """The event model's probabilities (`asked`, from `_explained`) that stayed at or below their threshold
    ("hearing 0.31 (needs above 0.5)"), so that a reader sees it was asked: all of them where nothing was found,
    else those of 0.1 or more; "" where there are none."""
    nothing_found = types_of(decisions) == ("other",)
    return ", ".join(
        f"{name} {probability:.2f} (needs above {POLICY[name].add_above})"
        for name, probability in asked.items()
        if probability <= POLICY[name].add_above and (nothing_found or probability >= 0.1)
    )


def _why(d: Decision, shown_above: bool) -> str:
    if d.by == "table":
        why = f'vocabulary row "{d.name}" (listed from: {d.evidence})'
        return why + (": no event of its own; the rest of the text is not read" if d.type == "other" else "")
    if d.by == "model":
        return f"{d.name}: {d.evidence}"
    if shown_above:  # the model added a type that the same veto takes away again
        return f"{d.by} {d.name} (as above)"
    if not d.evidence:  # a veto of texts read as its `after` type, matching no words (a motion's own hearing date)
        return f"{d.by} {d.name} (the text is read as a {_VETO_AFTER[d.name]})"
    return f'{d.by} {d.name}: "{_shorten(d.evidence)}"'


_VETO_AFTER = {veto.name: veto.after for veto in VETOES}


def _shorten(evidence: str, width: int = 60) -> str:
    """`evidence` in about `width` characters, cut between words: its start and its end, where a rule's deciding
    word often is."""
    if len(evidence) <= width:
        return evidence
    half = (width - 3) // 2
    head = evidence[:half].rsplit(" ", 1)[0] if " " in evidence[:half] else evidence[:half]
    tail = evidence[-half:].split(" ", 1)[-1] if " " in evidence[-half:] else evidence[-half:]
    return f"{head} … {tail}"


def events(text: str) -> list[str]:
    """The docket events of a text: one, or several for an RSS description joined by " AND "."""
    return _EVENT_SEPARATOR.split(" ".join(text.split()))


def _without(opening: re.Pattern[str], mark: str, event: str) -> str:
    """The event with each bracketed passage that `opening` finds (up to its closing bracket) replaced by `mark`."""
    parts, at = [], 0
    for match in opening.finditer(event):
        if match.start() < at:
            continue
        depth, end = 0, len(event)
        for index in range(match.start(), len(event)):
            depth += {"(": 1, ")": -1}.get(event[index], 0)
            if depth == 0:
                end = index + 1
                break
        parts += [event[at : match.start()], mark]
        at = end
    return "".join(parts) + event[at:]


def _decide(event: str) -> list[Decision]:
    """The decisions of the table, the rules and the vetoes on one event."""
    row = lookup(event)
    if row and row.final:
        if not any(pattern.search(event) for pattern in READ_PAST_A_RECORD):
            return [Decision("other", "table", row.name, row.used_by)]
        row = None  # a response that also files a motion, a notice of hearing mailed: the rules read it
    decisions = [Decision(name, "table", row.name, row.used_by) for name in sorted(row.types)] if row else []
    named = {d.type for d in decisions}
    for rule in RULES:
        if rule.type not in named and (match := rule.search(event)):
            decisions.append(Decision(rule.type, "rule", rule.name, _quoted(match)))
    found = {d.type for d in decisions}
    return decisions + _vetoes(event, found, found)
