<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>Who is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations find records by name and date of birth. Former names, pupil numbers and schools help them find every record, so nothing is missed. For brothers and sisters, add each child: each gets their own letter and their own case, printed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this &amp;child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add another child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what the school records may say about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us about the child the letter is about. If you&apos;re asking for brothers and sisters too, add each of them: they get a letter each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTitles</name>
    <message>
        <source>Send the letter, or mark it as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the organisation&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complain to the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complain to the ICO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the ICO to review its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for its compelling legitimate grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>The address for {body} is not confirmed: it was last checked in {checked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before posting, open the GOV.UK page “{title}” and {look_for}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before posting, open the GOV.UK page “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>The letter says you have parental responsibility. Foster and kinship carers often don&apos;t; under a care order the council shares it with the parents. If you don&apos;t have it, the child can sign an authority for you if they are about 12 or over, or someone with parental responsibility (a parent, or the council) can make the request. Ask an adviser if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental responsibility means the legal rights and duties a parent has for a child. More than one person can have it, and not only birth parents: a guardian or someone named in a court order can have it too. The organisation may ask you to show that you have it. Send proof only if it asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rights belong to your child, not to you. A parent or carer should act for a child only if the child agrees, if the child can&apos;t yet understand their rights, or if it is clearly in the child&apos;s best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation may ask for proof of identity. Send it only if it asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you later complain to the ICO for them, the ICO asks for a signed consent letter from anyone aged 12 or over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re asking for your own data, so you sign the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re {age} years old. You can use your own rights if you understand what you&apos;re asking for. In England there&apos;s no fixed age: the ICO says around 12 is a reasonable guide. A parent, carer or another adult you trust can help you, or ask for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At {age}, you can usually ask for your own data. The ICO says around 12 is a reasonable guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re {age} years old, so you&apos;re not an adult yet. Choose &apos;the pupil&apos; instead: the letter will be the same, but the advice fits better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re asking for your own data, so you sign the letter. Give any former names and schools so the organisation can find your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your child to sign the authority form, to show they agree to you asking for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child is {age} years old. A child this young may not understand enough to give you their authority. If so, untick the box that says they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child is {age} years old, an adult. You need their signed authority, like anyone asking for an adult&apos;s data. Parental responsibility ends at 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are {age} years old, an adult, so a parent can&apos;t ask for their data without their signed authority. Tick the box that says they agree, so the authority form goes with the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child is {age} years old. Many children of 12 and over can decide for themselves, and the organisation may want to know they agree. Talk to them. If they understand, ask them to sign the authority form: tick the box that says they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your child what you&apos;re asking for and why, in words they understand, and listen to what they think.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the signed authority with the letter, so the organisation knows you may act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil should sign it if they understand what it means; around 12 is a reasonable guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil is {age} years old, so a parent or carer usually signs the authority. Explain to the child what you&apos;re doing, in words they understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil is {age} years old, so they should sign the authority themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvisersDialog</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move the selected adviser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault opens with one passphrase. An advice charity can give each adviser their own name and passphrase instead, and see who did what in the audit trail. The first adviser you add is you: you become its admin, and the vault&apos;s passphrase stops working (the recovery code stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with me as the first adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each adviser signs in with their name and their own passphrase; an admin adds and removes them. Removing an adviser stops their passphrase opening the vault; anything they saved or copied out before is not taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can add or remove advisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the passphrase. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the first adviser, with the admin role. Next time, sign in with your name and this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}. Give them their passphrase in person, not by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the adviser to remove in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}? Their passphrase will no longer open the vault. What they saved or copied out before is not taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterSending</name>
    <message>
        <source>Go to the ICO&apos;s complaint form on its website ({form}). Use Copy text on the letter page and paste it into the form, and attach the letters and replies it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the email the ICO sends you. npdrights keeps a copy of your complaint with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an email to {to}. Use Copy text on the letter page and paste the letter into it, or attach the PDF you saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the form to sign, have it signed, then scan or photograph it and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the {forms} forms to sign, have them signed, then scan or photograph them and attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the email you send. npdrights keeps a copy of the letter with the case as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the letter by hand above your name. Have each form signed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the letter by hand above your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold each letter in three, with the top third (your address and theirs) facing out, so their address shows through the window of a DL envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of what you send. npdrights keeps one with the case as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it has gone, open the case and choose &apos;Mark as sent&apos;, with the day you sent it. From that day npdrights works out when it arrived, and so when the answer is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked it as sent on {day}. The case shows when the answer is due, and npdrights reminds you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a reply comes, open the case and choose &apos;Record what happened&apos;. npdrights helps you check the answer has everything it should, and says what you can do next. If no answer comes in time, it offers a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the {letters} letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter and the form to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the {letters} letters and the form to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter and the {forms} forms to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the {letters} letters and the {forms} forms to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it Signed For at a Post Office and keep the receipt: it shows the day you posted it, and its number tells you when it was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it at a Post Office counter and ask for a free certificate of posting. It proves the day you posted it: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerChecked</name>
    <message>
        <source>Everything the law lists was included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} things the law lists missing.</source>
        <translation>
            <numerusform>%n of the {total} things the law lists missing.</numerusform>
            <numerusform>%n of the {total} things the law lists missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included, though asked for: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wrong fact(s) noted.</source>
        <translation>
            <numerusform>%n wrong fact noted.</numerusform>
            <numerusform>%n wrong facts noted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerItems</name>
    <message>
        <source>A copy of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the information itself, not just a description of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it holds the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purposes it uses the data for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kinds of data it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories of personal data, for example attendance, exam results or special educational needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it shares the data with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations, or kinds of organisation, it gives or may give the data to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of releases to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which outside organisations (companies, researchers, others) were actually given the data, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it keeps the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the data will be kept, or how it decides that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it got the data, if not from you (for example a school or council).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights to have data corrected, deleted or restricted, to object, and to complain to the ICO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether any decisions are made by computer alone, or profiling, and if so how and with what effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards for sending data abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the data goes outside the UK, how it is protected there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for anything left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it withheld anything, why, and that you can complain. Tick this if nothing was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerPoints</name>
    <message>
        <source>{Body} asked you to clarify on {asked}, after its time to answer had run out, so that doesn&apos;t give it more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} asked for proof of identity on {asked}, after its time to answer had run out on {before_id}. Its month starts again from when your proof reached it, but you can point out that it should have asked within the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} told you it needed more time on {notified}, after its first deadline of {first_due}. The law says it must tell you within the first month, so you can say the extension doesn&apos;t apply and its answer was due on {first_due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} told you it needed more time on {notified}. If your request reached it when the post normally would, its first deadline was {first_due}, and the law says it must tell you within the first month. Ask it the date it received your request: if the notice came after the month, the extension doesn&apos;t apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerRules</name>
    <message>
        <source>one calendar month from {start}, when it got your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one calendar month from {start}, when your proof of identity reached it, which starts the month again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three calendar months from {start}, when it got your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three calendar months from {start}, when your proof of identity reached it, which starts the month again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{story} (the day it arrives counts as day 1, even at a weekend or on a bank holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{story}, so to {month_end} as {month} has no {day_th}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{story}, plus 1 day while {body} waited for your clarification ({spans})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{story}, plus {days} days while {body} waited for your clarification ({spans})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} must answer by {due}: {story}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} must answer by {due}: {story}, moved past {days_off}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking you to clarify doesn&apos;t give {body} more time: the law pauses the clock only for access requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has three months because it told you on {day} that it needs more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has three months because it extended the deadline. It had to tell you so, with its reasons, by {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalRules</name>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it first class on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it first class on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it by signed-for post on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it by signed-for post on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the fourth working day after you posted it second class on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the fourth working day after you posted it second class on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as arriving the day you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as arriving {count} working days after posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} got it on {day}, the delivery date you recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} got it on {day}: email and online forms arrive the day they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Askers</name>
    <message>
        <source>The pupil, asking for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent or carer, with the pupil&apos;s agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent or carer, for a child too young to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A former pupil, now an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adviser, with a signed authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Asks</name>
    <message>
        <source>a copy of everything it holds about the pupil, free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where each piece of information came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it uses the information for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what kinds of information it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who it has given the information to, and the safeguards for any sent abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long it keeps each part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any automated decisions made about the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pupil&apos;s rights: correction, deletion, restriction, objection and complaint to the ICO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for each organisation given the record: the dates, the law used, and whether it was a company, a newspaper or a journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other datasets the record has been linked with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every organisation that has looked up or been given the learning record, with the date and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights can&apos;t show this kind of file. Use “Export a copy” to save it somewhere you choose and open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>an entry is missing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it doesn&apos;t follow on from the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content doesn&apos;t match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to a case is written here with who made it and when, in UK time (GMT or BST). The trail names a case only by an inner number and never says what it holds; here a case still in the vault is shown by its reference, which the cases list&apos;s search finds. A dash marks changes made before the vault had advisers. Each entry is chained to the one before, so one changed or removed is found by the check below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check that nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest {shown} of {total} entries. To see every one, whoever looks after npdrights here can list them all with the command: npdrights-cli audit list --limit 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} (no longer in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} (no reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail checks out: %n entries, none altered, removed or added.</source>
        <translation>
            <numerusform>The audit trail checks out: %n entry, none altered, removed or added.</numerusform>
            <numerusform>The audit trail checks out: %n entries, none altered, removed or added.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been changed at entry {entry}: {reason} Entries from there on can&apos;t be trusted. The vault&apos;s snapshots and backups hold earlier copies to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <source>case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter saved to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted under the retention policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <source>Give the day the family signed the authority as well as the day it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority can&apos;t be signed after today ({today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority must end after the day it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed authority from the family is recorded. You need one to act for them: record the day they signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family signed its authority on {signed}. It has no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s signed authority ended on {expires}. Ask them to sign a new one before you write for them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family signed its authority on {signed}. It lasts until {expires}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s signed authority ends on {expires}, today. Ask them to sign a new one if the case will go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The family&apos;s signed authority ends on {expires}, in %n day(s). Ask them to sign a new one if the case will go on.</source>
        <translation>
            <numerusform>The family&apos;s signed authority ends on {expires}, in %n day. Ask them to sign a new one if the case will go on.</numerusform>
            <numerusform>The family&apos;s signed authority ends on {expires}, in %n days. Ask them to sign a new one if the case will go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <source>The family&apos;s signed authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You act for this family with their signed authority. Record the day they signed it and, if it has one, the day it ends: the case page then warns you a month before it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the family signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on (leave empty if it doesn&apos;t):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupContents</name>
    <message>
        <source>It holds everything in a vault: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds one case: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds one household: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was made on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <source>npdrights backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScopes</name>
    <message>
        <source>Everything in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One household: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One case: {name} – {reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bodies</name>
    <message>
        <source>the DfE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the LRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ICO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export deadlines to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes a calendar file (.ics) with the dates in your open cases: when answers are due, and when you can send a reminder or complain. Import it into your calendar. If you export again later, importing the new file updates the same entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars are often copied to Google, Microsoft or Apple servers, and shared. So the entries say only the case&apos;s reference, not who it is about or which school or council it went to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include names: the person&apos;s name and the organisation&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include names in the calendar entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n date(s) in {path}.</source>
        <translation>
            <numerusform>Saved %n date in {path}.</numerusform>
            <numerusform>Saved %n dates in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseCounts</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n case is overdue</numerusform>
            <numerusform>%n cases are overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due in the next {days} days</source>
        <translation>
            <numerusform>%n case is due in the next {days} days</numerusform>
            <numerusform>%n cases are due in the next {days} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n next step(s) open from today</source>
        <translation>
            <numerusform>%n next step is open from today</numerusform>
            <numerusform>%n next steps are open from today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>%n more month</numerusform>
            <numerusform>%n more months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the family&apos;s signed au&amp;thority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record what happened…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k this answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reminder asking for the &amp;missing items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the wrong facts to be &amp;corrected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies, scans and other papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep scans and photos of replies, PDFs and emails here. They are stored encrypted, like everything else in npdrights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your notes about this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes about this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person}: {request}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {recipient}. Reference {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {time_left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or remove the event that is wrong, and the dates will work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no dates to work out until you send the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t checked the answer of {date} yet. Select it and choose “Check this answer” to see whether it includes everything the law says it must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of {date} includes everything the law lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It left out things your letter asked for that the law doesn&apos;t require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wrong fact(s)</source>
        <translation>
            <numerusform>%n wrong fact</numerusform>
            <numerusform>%n wrong facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer of {date} is missing %n item(s) the law says it must include and shows {wrong}.</source>
        <translation>
            <numerusform>The answer of {date} is missing %n item the law says it must include and shows {wrong}.</numerusform>
            <numerusform>The answer of {date} is missing %n items the law says it must include and shows {wrong}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer of {date} is missing %n item(s) the law says it must include.</source>
        <translation>
            <numerusform>The answer of {date} is missing %n item the law says it must include.</numerusform>
            <numerusform>The answer of {date} is missing %n items the law says it must include.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer of {date} shows %n wrong fact(s).</source>
        <translation>
            <numerusform>The answer of {date} shows %n wrong fact.</numerusform>
            <numerusform>The answer of {date} shows %n wrong facts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t remove that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans, photos, PDFs and emails ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>Attached %n file.</numerusform>
            <numerusform>Attached %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved there ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as {path}. That copy is not protected by npdrights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from this case? This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseKinds</name>
    <message>
        <source>What the DfE holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning record (LRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a school or council holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop DfE sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct wrong data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict the use of data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Dates need checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights is still working out this case&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSaving</name>
    <message>
        <source>The case this letter follows is no longer in your vault, so it can&apos;t be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatuses</name>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of identity asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the ICO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSummaries</name>
    <message>
        <source>{event} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted on {date}. Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on {date}. {Body} must answer by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} acknowledged your letter on {date}. It must answer by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} extended its deadline on {date}. It must answer by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} asked for proof of identity on {date}. Its month starts again when your proof reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} asked you to clarify on {date}. Its clock is paused until your answer reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due by {due} and hasn&apos;t arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You complained to {body} on {date}. It must acknowledge your complaint by {acknowledge_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You complained to {body} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} The rest was due by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases that need action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and families…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;deadlines to a calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out your cases&apos; dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out your cases&apos; dates: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n case(s).</source>
        <translation>
            <numerusform>Showing {shown} of %n case.</numerusform>
            <numerusform>Showing {shown} of %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights is still working out your cases&apos; dates. {what} will show here when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeEvent</name>
    <message>
        <source>record “{event}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove “{event}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change “{event}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cases are not re-encrypted: only the lock on the key changes, so this is quick. Your recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: type the one you use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: the two new passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reads the whole backup file and checks every part of it, exactly as restoring it would, but changes nothing in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is complete and undamaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Check the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law says the answer from {body} must include each of these, except the record of releases, which your letter asked for as well. Tick the ones it sent you. Anything you leave unticked can go into a reminder asking for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the answer included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything it has wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the answer shows something wrong about the child or you (a date of birth, a school, a record of an exclusion), note it here. It goes into a request to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrong facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a wrong fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the selected one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <source>{days} days counted from {start}, the day after it got your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}, moved past {days_off}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{Body} must acknowledge your complaint by {due}: {count}. This is how the ICO counts the {days} days; counted from the day it got your complaint, they could end a day sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no legal duty to acknowledge complaints received before {duty_starts}. As a fair guide, {body} should have replied by {due}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Who signs, and what goes in the envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rights belong to the child. The law has no fixed age in England, but the ICO (the regulator) says around 12 is a reasonable guide to when a child can decide for themselves. npdrights gives advice: it never stops you sending a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} agrees to me asking, and will sign the authority form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the envelope: the letter and the authority form, signed by {signer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the envelope: the letter only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If {name} doesn&apos;t agree, untick the box above: then only the letter goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If {name} agrees, tick the box above: then the authority form for {name} to sign goes too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>npdrights hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights hit an internal error: a fault in npdrights, not in what you did. What you had saved is safe; please try again, and report it if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights hit an internal error: a fault in npdrights, not in what you did. What you had saved is safe; please try again, and report it if it happens again. The details for a bug report (no personal data in them) are in {details}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultView</name>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights keeps your letters and cases in a vault on this computer. The vault is locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase you will remember: four or more ordinary words work well, for example “{example}” (but choose your own). You will type it each time you open npdrights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets npdrights open without your passphrase while you are logged in to this computer, using its keychain. Only tick this if nobody else uses your login on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next you will get a recovery code. It is the only way back in if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup file instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{field}: day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the year with 4 digits, for example 2013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a year from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a real date: check the day and the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysOff</name>
    <message>
        <source>the weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weekend of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank holiday on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank holidays on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} ({holiday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute day for {holiday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{earlier}, {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{earlier} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>When it got your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it must answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it should reply to your reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it got your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it must acknowledge your complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftTitles</name>
    <message>
        <source>{journey}: {about}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>An unfinished letter npdrights can&apos;t open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Unfinished letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Unfinished letters (%n draft(s))&lt;/b&gt; — kept locked in your vault. Nothing has been sent.</source>
        <translation>
            <numerusform>&lt;b&gt;Unfinished letters (%n draft)&lt;/b&gt; — kept locked in your vault. Nothing has been sent.</numerusform>
            <numerusform>&lt;b&gt;Unfinished letters (%n drafts)&lt;/b&gt; — kept locked in your vault. Nothing has been sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: {title} (kept {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with the draft {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Or drag files here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>Due soon and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases that &amp;need action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue or due in the next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{only}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {second} and {third}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyCases</name>
    <message>
        <source>Your cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no cases yet. A case starts when you ask the Department for Education, or a school or council, what it holds about a child or about you, or ask it to stop sharing or to correct something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights writes the letter for you, works out when the answer is due, and reminds you what to do next. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enclosures</name>
    <message>
        <source>The pupil&apos;s signed authority for a parent or carer to ask for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent&apos;s or carer&apos;s statement that they are acting for their child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed authority for an adviser to act</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Change what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFields</name>
    <message>
        <source>Proof of posting reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they asked for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they asked (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons they gave (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICO&apos;s case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the ICO decided (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you closed it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: type the day, month and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: that date is in the future. Only record things that have happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the day it &amp;arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day it a&amp;rrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> more months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much more time it said it needs, in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much more &amp;time it said it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it arrived can&apos;t be before the day you sent it. Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law allows at most {months} more months. The app still counts three months from the start, and you can say so in a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <source>You drafted the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter was delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} acknowledged your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} asked for proof of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent proof of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} asked you to clarify your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent your clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} said it needs more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} answered in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} answered in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} upheld your objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} rejected your objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You complained to {body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You complained to the ICO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICO gave your complaint a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICO told you its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked the ICO to review its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You closed the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventNouns</name>
    <message>
        <source>The draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for proof of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending proof of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upholding the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint to the ICO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ICO reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICO&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the ICO for a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Back up to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup file holds your cases, letters and attachments, so you can restore them on this or another computer. It is locked with a passphrase of its own: choose one you will remember, or write it down and keep it apart from the file. Without it, nobody can open the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists. Choose a new name: an old backup is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged attachment(s) left out.</source>
        <translation>
            <numerusform>%n damaged attachment left out.</numerusform>
            <numerusform>%n damaged attachments left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the backup as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere other than this computer, and keep its passphrase safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the &amp;rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “Back up the rest” to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (case {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (case without a reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) in your vault damaged or missing, so not able to go into a backup: {listing}. Everything else can be backed up without them. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n attachment in your vault is damaged or missing, so it can&apos;t go into a backup: {listing}. Everything else can be backed up without it. Nothing has been written yet.</numerusform>
            <numerusform>%n attachments in your vault are damaged or missing, so they can&apos;t go into a backup: {listing}. Everything else can be backed up without them. Nothing has been written yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Who is asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique Pupil Number (UPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former UPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique Learner Number (ULN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reasons in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the data should be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the use of the data should be restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>asking the DfE what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for the learning record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking what the organisation holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objecting to the DfE sharing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for data to be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complaint to the ICO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights keeps a copy of the letter with the case, so you can print it again, and works out when the answer is due. The clock starts when you mark the letter as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you sent it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: I&apos;ll mark it as sent &amp;later, from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, or I&apos;m sending it &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the letter the day you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the answer is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press Finish, npdrights adds {kind} to the case it follows, with the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>When you press Finish, npdrights saves %n case(s) for {names}: {kind}, with the letter.</source>
        <translation>
            <numerusform>When you press Finish, npdrights saves %n case for {names}: {kind}, with the letter.</numerusform>
            <numerusform>When you press Finish, npdrights saves %n cases, one for each of {names}: {kind}, with the letter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date the letter {date} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s deadlines will be worked out again with this letter in its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrival} So the answer is due by {date}. npdrights will remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date sent: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the day, month and year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Asked the DfE what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for the learning record (LRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked a school or council what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objected to the DfE sharing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for data to be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for the use of data to be restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, and what do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder or complaint must say which letter it follows, when you sent it and when the answer was due. npdrights works the dates out from your case, so you don&apos;t have to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter I sent without npdrights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has happened so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference on your letter (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it &amp;asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you &amp;sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your r&amp;eference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their re&amp;ference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From any reply they sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person}: {request}, sent {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short, firm letter: it cites your letter, the date the answer was due and the rule. Takes 2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complain to the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formal complaint to its data protection officer, with a dated timeline. The law says it must acknowledge it within {days} days. Takes about 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complain to the &amp;ICO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Information Commission (the ICO) is the regulator. It expects you to have sent a reminder and complained to the organisation first. You get a pack to copy into its online form: a summary, the timeline and what to attach. Takes about 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for correc&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the answer shows something wrong, ask for it to be put right. This starts a new case with its own deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent it on {date}, reference {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you sent it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowThisWorksDialog</name>
    <message>
        <source>How npdrights works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcoRules</name>
    <message>
        <source>The ICO expects your complaint by {closes}: three months after your last contact with {body} on {last_contact}. It makes sense to wait until {earliest}, so {body} has had its chance to put things right, but the ICO accepts complaints at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICO expects your complaint by {closes}: three months after your last contact with {body} on {last_contact}. That is before {earliest}, when you&apos;d normally be ready to complain. The ICO accepts complaints at any time, so complain as soon as you can and explain the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Your answers stay on this computer. Nothing is saved until you press Finish, and then only in your locked vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What still needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your answers go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we ask this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To carry on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter has been saved yet. You can keep your answers as a draft, locked in your vault, and carry on later from the list of your cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <source>Find out what is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the DfE sharing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get wrong information corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for data to be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the use of data to be restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase or complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Your answers are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Your answers are still here: press Finish to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Nothing was saved and your answers are still here: check the date you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the dates don&apos;t fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>a machine-assisted translation by the npdrights developers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These screens are in {language}: {made_by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native speaker has checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No native speaker has checked it yet, so some words may be wrong or unclear. Letters to the DfE are always in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterMeaning</name>
    <message>
        <source>The organisation must answer by {date}. That is one calendar month after your letter is expected to reach it. For a complicated request it may take up to two months more, but only if it tells you so within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation must answer within one calendar month of receiving your letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: once the letter is posted and marked as sent in npdrights, npdrights watches that date. If no answer has come by then, it offers you a reminder, and after that a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter asks the Department for Education for a copy of everything it holds about your child, including the National Pupil Database, where that information came from, and who it was given to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter asks the Learning Records Service for your child&apos;s learning record: the courses and qualifications kept under their learner number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter asks the organisation for a copy of everything it holds about your child, where that information came from, and who it was shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter tells the Department for Education that you object to it giving information that identifies your child to companies and to the press, and asks it to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter asks for wrong information about your child to be corrected. It lists what is recorded and what is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter asks for information about your child to be deleted, and says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter asks the organisation to keep your child&apos;s information but not use it, while a question about it is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter reminds the organisation that its answer is late, and asks it to answer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter asks for an answer by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter asks for an answer within ten working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: if no answer comes, you can complain to the organisation, and then to the Information Commissioner&apos;s Office (ICO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter complains to the organisation&apos;s data protection officer about how your request was handled, with the dates of what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter asks the organisation to confirm it has your complaint by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter asks the organisation to confirm it has your complaint within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: if its answer does not settle things, you can complain to the Information Commissioner&apos;s Office (ICO) within three months of your last contact with the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a letter: it is what you need for the complaint form of the Information Commissioner&apos;s Office (ICO): a short summary, the dates of what happened, and what you ask the ICO to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No law sets a date for the ICO&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: copy it into the ICO&apos;s online form and keep a copy. When the ICO writes to you, record it in npdrights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this letter says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is in English, because that is what the organisation reads. This is what it says, in short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message>
        <source>Subject access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for the learning record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to delete data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the ICO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>The letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep with this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}. That copy is not protected by npdrights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared after a short while, and when you lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with this case, under Letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <source>{name}, as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the printed pages. The next tab has the same letter as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long for a letterhead: keep it to {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the organisation&apos;s address, one line per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the address to {most} lines: it is printed on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address line is too long: keep each to {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t a charity number: in England and Wales it is 6 or 7 digits (like 1234567), in Scotland SC and 6 digits, in Northern Ireland NIC and 6 digits. Leave it empty if you don&apos;t have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is {megabytes} MB: a logo needs far less. Choose a smaller picture (under 5 MB), or save the logo at a smaller size first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file isn&apos;t a picture npdrights can read. Choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture is damaged or only partly there, so it can&apos;t be used. Save the logo again and choose the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture is too small to print clearly. Choose one at least 100 pixels across.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture is far too large to be a logo. Save it at a smaller size (under 6,000 pixels across) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture is far too large ({width} x {height} pixels) to be a logo. Save it at a smaller size (under 6,000 pixels across) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCountdown</name>
    <message>
        <source>npdrights is about to lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time before npdrights locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you are writing is kept, locked in your vault, and you can carry on after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You haven&apos;t used npdrights for a while, so it will lock in %n second(s) to keep your cases private.</source>
        <translation>
            <numerusform>You haven&apos;t used npdrights for a while, so it will lock in %n second to keep your cases private.</numerusform>
            <numerusform>You haven&apos;t used npdrights for a while, so it will lock in %n seconds to keep your cases private.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name, address and letterhead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who has been given pupil data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How this works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About npdrights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the &amp;copy back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the recovery code sheet as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older copy of your cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with this older copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cases file now holds the snapshot from {when}. The damaged file was kept beside it. Type your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of your vault&apos;s key file is back in place. Type the passphrase you had when it was made (or use your recovery code) to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unfinished letter can&apos;t be opened by this version of npdrights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished letter was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this unfinished letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers you typed for it will be gone for good. Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unfinished letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: npdrights has no letter for this step yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Your case is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s).</source>
        <translation>
            <numerusform>Saved %n case.</numerusform>
            <numerusform>Saved %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npdrights locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>npdrights locked itself after %n minute without use.</numerusform>
            <numerusform>npdrights locked itself after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights locked itself because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights locked itself when its window was minimised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unfinished letter could not be kept: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unfinished letter was kept, locked in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unfinished letter could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About npdrights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights helps you use your data-protection rights over the National Pupil Database.

Everything stays on this computer, encrypted. npdrights never connects to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkAsSent</name>
    <message>
        <source>Date sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of posting reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of posting (&amp;optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number on your certificate of posting or signed-for receipt. Keep the slip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAdviserForm</name>
    <message>
        <source>Adviser&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: type the adviser&apos;s name as they will type it to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>You drafted this letter on {drafted} but haven&apos;t marked it as sent. If you&apos;ve sent it, mark it as sent so the app can work out when {body} must answer; if not, send it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} asked for proof of identity on {asked}. Its month to answer starts again when your proof reaches it, so send it soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} asked you to clarify your request on {asked}. Its clock is paused until your answer reaches it, so reply soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} asked you to clarify your request on {asked}. That doesn&apos;t give it more time: its answer is still due by {due}. Reply soon, so it can answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body}&apos;s answer is due by {due}. If it hasn&apos;t arrived by then, from {opens} you can send a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body}&apos;s answer is due by {due}. If it hasn&apos;t arrived by then, from {opens} you can complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. Your reminder of {reminded} asked for a reply by {reply_by}. If none comes, from {complain_from} you can complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. Your reminder of {reminded} asked for a reply by {reply_by}. It hasn&apos;t replied, so you can now complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. Send a reminder first: it gives {body} a last chance, with a date to reply by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. You can also complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} If anything in what it sent is wrong or incomplete, you can ask it to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} You can ask it to set out the compelling legitimate grounds it relies on: the law says it must stop unless it can show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} You can complain to its data protection officer about what is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} That was after its deadline of {due}, so you can complain to its data protection officer about the delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the ICO&apos;s outcome settles it, you can close the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} If you don&apos;t want to take it further, you can close the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} If you&apos;re content, you can close the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICO told you its outcome on {outcome}. If you disagree, you can ask it to review how it handled your complaint by {closes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} you can complain to the ICO. It expects complaints within three months of your last contact with {body}, so by {closes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} That date has passed, but the ICO can still look at a late complaint if you explain why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} It normally expects you to complain to {body} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due}. If it still hasn&apos;t arrived,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body}&apos;s answer is due by {due}. If it hasn&apos;t arrived by then,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} answered on {answered}, after its deadline of {due}. If you want to complain about the delay,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{body} replied on {replied} to your complaint of {complained}. If you&apos;re not satisfied,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You complained to {body} on {complained}. If it hasn&apos;t replied within 30 days (by {by}),</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Mark as sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you replied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a complaint to the ICO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you asked for a review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to ask for its grounds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing for you to do in this case right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {opens}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can do this now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {opens} (its usual time has passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can do this now (its usual time has passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {opens}, until {expires}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can do this now, until {expires}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: {action}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation and letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are an advice charity, your name, address and charity number are printed at the top of the letters your advisers write for families, so the organisation sees at once who is writing. A family&apos;s own letters never have it. It is kept in your encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s address, one line per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered charity number, if you have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (one line per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charity number (if any):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have &amp;no letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationTools</name>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advisers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention: cases to delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention policy not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Use at least {count} characters. Four or more words that don&apos;t go together work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the example shown on this screen, so anyone who has seen npdrights knows it. Choose your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks easy to guess. Avoid common words like &apos;password&apos; and repeated characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it, and keep your recovery code safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. Adding another word or two would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group brothers and sisters in a family. An adviser can keep each family&apos;s cases apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a famil&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s name (for example, a surname):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the family “{family}”? Its people and their cases stay; they are just no longer grouped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the family?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change a person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters you write from now on use these details. Letters already sent keep what they said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Former names, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UPN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique pupil number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;LN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique learner number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}. Check it, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>The Unique Pupil Number (UPN) is a 13-character code every state school in England gives each pupil, for example B801200005001. It is on some school reports and letters about exams or admissions; the school office can tell you it. Leave it blank if you don&apos;t know it: the DfE can search by name, date of birth and school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Unique Learner Number (ULN) is a 10-digit number given to anyone aged 14 or over in education or training. It is on exam certificates and on a Personal Learning Record. Leave it blank if you don&apos;t know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other name the school records may use: an earlier surname, or a different spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per line, with commas between the parts, for example: 3 Old Lane, Exampleton, EX2 3CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By their first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>he</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>she</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former names (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique Pupil Number, UPN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former UPNs (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique Learner Number, ULN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past addresses (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the letter, call the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the school would have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormer names (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 4 5 2013.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UPN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do I find the UPN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former UPN&amp;s (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, if the pupil had another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;LN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do I find the ULN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas&amp;t addresses (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the letter, call the&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the first mention the letter uses their first name, or he, she or they if you choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools attended (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools help the organisation find every record. Add the ones you know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostMethods</name>
    <message>
        <source>First class post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second class post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-for post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or online form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the letter before you send it. If anything is wrong, press Back and change your answer: the letter is written again from your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a &amp;copy of my first letter with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter says a copy is enclosed: this prints it after your letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing your letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See it &amp;full window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the letter full window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text puts the letter on the clipboard for an email or web form. It is cleared again after a short while, and when npdrights locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter can&apos;t be written yet. {problems}. Press Back to change your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below is your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Below are %n letters, one for each child</source>
        <translation>
            <numerusform>Below are %n letter, one for each child</numerusform>
            <numerusform>Below are %n letters, one for each child</numerusform>
        </translation>
    </message>
    <message>
        <source>, with the form to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, with %n forms to sign</source>
        <translation>
            <numerusform>, with %n form to sign</numerusform>
            <numerusform>, with %n forms to sign</numerusform>
        </translation>
    </message>
    <message>
        <source>your letter of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your first letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter says a copy of {first} is enclosed: put one in the envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of {first} follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, followed by a copy of {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights has no copy of {first} it can print: put a copy in the envelope yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{letters}{forms}. They print together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview, full window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s address is too long to fit in an envelope window. Go back and shorten its lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>write your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give your postal address, one line per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an email address (expected name@example.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the charity or service you advise for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the pupil&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the letter&apos;s date ({dated}): check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is not a year between {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier than from_year: check the two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the day, month and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the school&apos;s name, or remove the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick at least one, or write your reasons in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy in general is true of every pupil, and the law needs a reason particular to your child. Tick one that fits, or write what makes your child&apos;s situation different in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick at least one reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in at least one correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what is wrong, for example &apos;surname&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the record says now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what it should say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what you want to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case has not been marked as sent yet: mark it as sent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the day, month and year you sent your letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this date is in the future: check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose who is asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking about yourself, the letter is about one person: remove the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give its postal address, one line per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UPN has 13 characters (a letter, then 12 more); {number} has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not a UPN: it should be a letter, 11 digits, then a digit or a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} in UPN {number} is not a local-authority code the app knows (its list is from 2011); the check letter matches, so it is probably a newer council&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not a UPN: {code} (characters 2 to 4) is not an English local-authority code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not a UPN: the first letter does not match the rest; check each character for a typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ULN is 10 digits; {number} is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The from year {value} is not a number npdrights can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The to year {value} is not a number npdrights can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension months {value} is not a number npdrights can use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>A maintained school (run by the council)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-maintained special school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An academy or free school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An independent (private) school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An academy trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local authority (council)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it go to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department for Education (DfE) controls the National Pupil Database, so it must answer for it, not the school. Schools, academy trusts and councils hold their own records and answer for those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Department for Education: the National Pupil Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the DfE holds about the pupil, and who it has given it to. Most people start here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Learning Records Service: the learning record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications and courses from age 14, found by the Unique Learner Number. The letter goes to the DfE, which runs the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;school, academy trust, council or other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds in its own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address used: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Exampleton Primary School, or Exampleshire County Council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line for each part, without the postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maintained school must also show a parent the educational record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>To check you have it, type the first &amp;group on line {line}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check you have it, type the second &amp;group on line {line}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check you have it, type the third &amp;group on line {line}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check you have it, type the fourth &amp;group on line {line}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t the first group on line {line}. Check it against your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t the second group on line {line}. Check it against your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t the third group on line {line}. Check it against your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t the fourth group on line {line}. Check it against your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your recovery code safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way to open your cases. Write it down, or print it, and keep it away from this computer. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet you save or print is in English. It shows this code and says the same as this screen: keep it safe, away from this computer, as it is the only other way to open your cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you lose both your passphrase and this code, nobody can open your cases: not you, not us. There is no back door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept my recovery code – &amp;continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Press and media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the Data Sharing Approvals Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular data-sharing agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPD requests approved before April 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPD requests completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPD requests still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPD live cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police and criminal investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCompare</name>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the register does not say which years of data this release covered. Ask the DfE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly: it covered {covered}, and the child was at school in {both}. Only the DfE can say whether the child&apos;s record was in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely: it covered {covered}, outside the child&apos;s school years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExplorer</name>
    <message>
        <source>Who has been given pupil data – npdrights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Department for Education publishes a register of the organisations it has given National Pupil Database data to. npdrights starts with releases known from public sources. For the full list, download the latest “DfE external data shares” file from GOV.UK and import it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the DfE&apos;s register file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiable data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset, e.g. exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, references, purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases per year, by type of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a release in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to: {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to npdrights’ own guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could my child&apos;s data have been in this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the years your child was at school in England.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year at &amp;school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last year at school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this &amp;organisation what it holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the &amp;DfE about this release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bject, naming this recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all {total} releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) chosen</source>
        <translation>
            <numerusform>%n release chosen</numerusform>
            <numerusform>%n releases chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the first and last years your child was at school in England.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first year is after the last year: check the two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the DfE&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was imported before: nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}: {added} new releases, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, as written: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of data: {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} (identifiable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiable data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not identifiable (pseudonymised or aggregated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets: {datasets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis given: {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in: {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source} (checked {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterFile</name>
    <message>
        <source>npdrights could not read the register it had saved (after an update, or because the file was damaged), so it has started again from its built-in public record. Import the DfE&apos;s register file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights found no releases in {name}: no sheet had a row of column names with an organisation or a reference. Check it is the DfE&apos;s “external data shares” file from GOV.UK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it again from the DfE&apos;s “external data shares” page on GOV.UK, then import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB, too big to be the DfE&apos;s register (the largest edition is well under 1 MB; npdrights reads up to {most} MB). Check you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder. Choose the register file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights could not open {name} ({reason}). Check the file is still there and that you can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet npdrights can read. The DfE publishes its register as an ODS spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: it is cut short or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds {count} packed files, far more than a spreadsheet does. npdrights did not read it, in case it was made to fill the computer&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would unpack to {size} MB, far more than any edition of the register. npdrights did not read it, in case it was made to fill the computer&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a packed file, but not a spreadsheet (ODS or XLSX). If it is a zip of the DfE&apos;s files, unpack it first and import the spreadsheet inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spreadsheet is protected by a password. Open it, save a copy without one, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights could not read this {kind} file: it is damaged or not really a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights could not read this CSV file (line {line}: {detail}). Open it in a spreadsheet program and save it again as CSV, or import the original ODS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has more than {most} rows, far more than any edition of the register. npdrights did not import it. Check you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterLetters</name>
    <message>
        <source>Unlock npdrights first: letters and cases are kept in your encrypted vault. The register stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleasesBox</name>
    <message>
        <source>Releases this letter asks about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the register of data shares. Untick any you don&apos;t want named in the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the letter: {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <source>Given to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <source>Your reminder of {sent} asked {body} to reply by {due}: ten working days, a fair time the app suggests rather than a legal deadline. If it hasn&apos;t replied by then, the next step is a complaint to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file made with “Back up to a file…” and type the passphrase you gave it. npdrights checks all of it first and shows you what it holds; nothing changes until you choose Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the backup&apos;s cases to this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace everything in this vault with the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding never overwrites: a case that is already here stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing keeps a copy of what the vault holds now in its snapshot folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is complete and undamaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of its cases are already in this vault and will be left as they are: {references}.</source>
        <translation>
            <numerusform>%n of its cases is already in this vault and will be left as it is: {references}.</numerusform>
            <numerusform>%n of its cases are already in this vault and will be left as they are: {references}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {cases}, {events}, {letters} and {attachments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) from the backup were already in this vault and were left as they were: {references}.</source>
        <translation>
            <numerusform>%n case from the backup was already in this vault and was left as it was: {references}.</numerusform>
            <numerusform>%n cases from the backup were already in this vault and were left as they were: {references}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), household(s) or organisation(s) already in this vault had different details in the backup; your vault&apos;s details were kept.</source>
        <translation>
            <numerusform>%n person, household or organisation already in this vault had different details in the backup; your vault&apos;s details were kept.</numerusform>
            <numerusform>%n people, households or organisations already in this vault had different details in the backup; your vault&apos;s details were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases to delete under your retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law says personal data is kept no longer than it is needed (UK GDPR Article 5(1)(e)). Your organisation decides how long that is. Cases are listed here once they have been closed for that long; nothing is deleted until you confirm. The policy itself is set under {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the policy since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases past the retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy in a backup file, in case these cases are needed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete these cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention policy: closed cases are kept until someone deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can set one under {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are due for deletion %n year(s) after they were closed.</source>
        <translation>
            <numerusform>Closed cases are due for deletion %n year after they were closed.</numerusform>
            <numerusform>Closed cases are due for deletion %n years after they were closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past it today.</source>
        <translation>
            <numerusform>%n case is past it today.</numerusform>
            <numerusform>%n cases are past it today.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is past it today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n case(s) for good, with their letters and attachments? This can&apos;t be undone here. If they may be needed again, choose Cancel and keep a copy with Back up first… before deleting. The audit trail will keep that each case was deleted, not who it was about.</source>
        <translation>
            <numerusform>Delete %n case for good, with its letters and attachments? This can&apos;t be undone here. If it may be needed again, choose Cancel and keep a copy with Back up first… before deleting. The audit trail will keep that the case was deleted, not who it was about.</numerusform>
            <numerusform>Delete %n cases for good, with their letters and attachments? This can&apos;t be undone here. If they may be needed again, choose Cancel and keep a copy with Back up first… before deleting. The audit trail will keep that each case was deleted, not who it was about.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n case(s) with their letters and attachments.</source>
        <translation>
            <numerusform>Deleted %n case with its letters and attachments.</numerusform>
            <numerusform>Deleted %n cases with their letters and attachments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) named in no other case deleted too.</source>
        <translation>
            <numerusform>%n person named in no other case deleted too.</numerusform>
            <numerusform>%n people named in no other case deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies stay in the vault&apos;s daily snapshots until newer ones replace them: after the vault has been opened on %n more day(s), so {day} at the earliest. Backup files saved elsewhere, and copies kept aside before a restore, keep them until you delete those files.</source>
        <translation>
            <numerusform>Copies stay in the vault&apos;s daily snapshots until newer ones replace them: after the vault has been opened on %n more day, so {day} at the earliest. Backup files saved elsewhere, and copies kept aside before a restore, keep them until you delete those files.</numerusform>
            <numerusform>Copies stay in the vault&apos;s daily snapshots until newer ones replace them: after the vault has been opened on %n more days, so {day} at the earliest. Backup files saved elsewhere, and copies kept aside before a restore, keep them until you delete those files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSetting</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (no policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete closed cases after this many years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete closed cases after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed this long ago are listed under {where} for review. Nothing is deleted unasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adviser with the admin role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can change this: {who}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>{noun} {number}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {noun} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{noun} {number}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (year, blank if still there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority (council)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sc&amp;hool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong (for example: surname, date of birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the record says now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it should say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;another correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedPeople</name>
    <message>
        <source> (born {date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>How will you send it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s month to answer starts when your letter arrives. How you send it decides when that counts as being, so npdrights can tell you the right date to expect an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by p&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by e&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the email address you gave. Large files may come by secure link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you want the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print in &amp;large type ({points} point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After printing, sign the letter by hand above your name, and keep a copy. If you email it, your typed name is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First class post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} Ask the Post Office for a free certificate of posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd class post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs more, but you can see the day it was delivered. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or the organisation&apos;s &amp;web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the letter&apos;s text. {rule}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentDateProblems</name>
    <message>
        <source>that date is in the future. Choose &apos;Not yet&apos; and mark it as sent once it has gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is before the letter&apos;s date ({dated}). A letter can&apos;t be posted before it is written: if you posted it on that day, date the letter then instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is before your first letter was sent ({sent}): check the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than a year ago: check the year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sequence</name>
    <message>
        <source>{noun} is dated after today ({on}). Only record things that have happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} can&apos;t arrive on {arrived}, before it was sent on {on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} can only be recorded once, but there is one on {first} and another on {on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} on {on} comes after the case was closed on {closed}. If the case is still going, remove the &apos;closed&apos; event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter can&apos;t be drafted on {on}, after it was sent on {sent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} can&apos;t come before the letter was sent. Record when you sent it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} only happens in an objection, and this case isn&apos;t one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter can&apos;t be delivered on {on}: you recorded it arriving on {arrived}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter can&apos;t be delivered on {on}: {body} had already replied on {replied}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} on {on} can&apos;t come before your letter reached {body} on {arrived}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} can&apos;t come after {body} had already given its final answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent proof of identity on {on}, but {body} hadn&apos;t asked for it. Record its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent clarification on {on}, but {body} hadn&apos;t asked for it. Record its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} can&apos;t come before you complained to the ICO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only ask the ICO to review its outcome once it has given one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights locks itself when you haven&apos;t used it for this long, and when the computer goes to sleep. You can always lock it yourself with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshots to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights keeps encrypted copies of your cases from the last few days on this computer, so it can go back to one if the file is damaged. More copies take more space. They don&apos;t replace a backup file kept somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell me when a next step opens (a system-tray message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a next step opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While npdrights is open, a short message appears on the day you can send a reminder or complain. It never names anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses this computer&apos;s keychain so you don&apos;t have to type your passphrase while you are logged in. Only tick this if nobody else uses your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain that npdrights can use, so you will always type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of npdrights&apos;s screens. They change as soon as you save. A window open beside the main one, such as a letter, a file you are looking at or the register, changes when you open it again. Letters to the DfE are always in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signers</name>
    <message>
        <source>the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pupil, or a parent or carer if the pupil is too young to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parent or carer with parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Find out what the DfE holds about my child or me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npdrights writes a subject access request: a letter asking for a copy of the records and who has seen them. About 10 minutes. The DfE then has a month to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop my child&apos;s data going to companies and journalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter objecting to the sharing, with your reasons, asking the DfE to hold back while it decides. About 10 minutes. The DfE has a month to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get wrong information corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter listing what is wrong and what is right. About 5 minutes. The organisation has a month to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for data to be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter giving the reasons the law allows. It says honestly that the DfE may have to keep some data. About 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the use of data to be restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a correction or an objection is settled, or instead of deletion: the data is kept but not used or shared. About 5 minutes. The organisation has a month to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I asked and got no answer, or a bad one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder, a complaint to the organisation, or a complaint to the ICO (the regulator), with the dates worked out for you. 2 to 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one. npdrights asks a few questions, writes the letter, and tracks the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>A school, council or trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting, not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its due date, no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complained to the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered after the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complained to the ICO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO gave its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked the ICO for a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where requests stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time, late or never (requests that were due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines extended (requests sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and what came of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due, never answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no cases in this vault yet. The figures appear here once you have sent letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures about your cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures name nobody: no names, pupil numbers or references, and schools and councils are counted together. Counts from 1 to 4 are shown as &apos;{fewer}&apos; so that nobody can be picked out; where only one part of a table would be hidden, another is hidden too, so it can&apos;t be worked out from the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show small numbers &amp;exactly (on this screen only; saved files still hide them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show small numbers exactly, on this screen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts under {count} draw no bar while small numbers are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>From {count} cases, on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %n case(s), on {day}.</source>
        <translation>
            <numerusform>From %n case, on {day}.</numerusform>
            <numerusform>From %n cases, on {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} more are left out until their dates are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more left out until their dates are checked.</source>
        <translation>
            <numerusform>%n more is left out until its dates are checked.</numerusform>
            <numerusform>%n more are left out until their dates are checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>How long answers took: not enough answers to say ({count} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half the answers came within {median} of the request arriving. The middle half took between {lower} and {upper}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers by month, {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the figures as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>{label} can be up to {limit} characters, so the end of what you typed or pasted was left out. Check what is there, and keep anything longer in a document you attach to the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked: {result}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolFrame</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message numerus="yes">
        <source>%n next step(s) open from today in your cases. Open npdrights to see them.</source>
        <translation>
            <numerusform>%n next step is open from today in your cases. Open npdrights to see it.</numerusform>
            <numerusform>%n next steps are open from today in your cases. Open npdrights to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the latest &amp;snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the latest snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open your cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve &amp;forgotten my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve forgotten my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you printed or wrote down when you made the vault. Spaces, dashes and capital letters don&apos;t matter. Then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and &amp;set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name and your own passphrase to open the organisation&apos;s cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name: type the name of the adviser whose passphrase is to be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: type the code from your printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: the two new passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name: type it as your organisation&apos;s admin added you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>Only an adviser with the admin role can set the retention policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can delete cases under the retention policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of those cases are not past the retention policy (they may have been reopened meanwhile). Nothing was deleted. Review the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already has advisers. Add more from the Advisers screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an adviser called {name}. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the only adviser with the admin role, so they can&apos;t be removed. Give someone else the admin role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself. Ask another adviser with the admin role to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no adviser called {name} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no advisers yet. Start with the first one (who will be an admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can add or remove advisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the audit trail is not in the form npdrights writes. It has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong with your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this vault. Check Caps Lock and try again. If you have forgotten it, use your recovery code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this vault. Check each group of four characters against your printed copy and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code has a typing mistake in it: its built-in check doesn&apos;t add up. Compare each group of four characters with your printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name and passphrase don&apos;t open this vault. Check the spelling of your name and Caps Lock, then try again. If you have forgotten your passphrase, ask an adviser with the admin role to set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in this folder yet. Create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in this folder. Unlock it instead of creating a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open in another window or program that is busy with it. Wait a moment and try again, or close the other window first. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a folder, or something else that is not a file, where npdrights keeps one of its files in its data folder. Move it out of the way (or put the file back), then try again. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a folder, or something else that is not a file, where npdrights keeps {name} in its data folder. Move it out of the way (or put the file back), then try again. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is damaged and its spare copy is damaged too. Your cases cannot be opened without it. Restore the folder from a backup, or restore a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is missing, and so is its spare copy, and no copy of it is kept with the snapshots. Your cases cannot be opened without it. Restore the folder from a copy, or restore a backup file. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is missing, and so is its spare copy. A copy was kept with the snapshot taken on {when}: put it back, then unlock with the passphrase or recovery code you had then. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is right, but the file that holds your vault&apos;s keys (vault.json) has been changed by something other than npdrights: its check doesn&apos;t match. It was not used, and nothing has been changed. Put back a copy of the whole folder from before, or restore a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is missing and there is no snapshot to go back to. Nothing has been changed. Restore a backup file if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is damaged and there is no snapshot to go back to. Nothing has been changed. Restore a backup file if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is missing. Nothing has been changed. You can go back to the latest snapshot, taken on {when}; anything added after that is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is damaged. Nothing has been changed. You can go back to the latest snapshot, taken on {when}; anything added after that is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of npdrights. Install the newest version to open it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain isn&apos;t available or is locked, so the vault can&apos;t be opened automatically. Type your passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is older than the last time you opened this vault. It looks like an old copy of the whole npdrights data folder was put back, for example from a copy made earlier. Anything added or changed since that copy was made is not in it. You can carry on with this older copy, go back to a snapshot, or restore a backup file. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is older than the last time you opened this vault. It looks like an old copy of cases.db was put back, for example from a copy of the folder. Anything added or changed since that copy was made is not in it. You can carry on with this older copy, go back to a snapshot, or restore a backup file. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That attachment could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is too large to attach: the limit is {megabytes} MB a file. Scan at a lower resolution, or split a long document into parts, and attach those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for this attachment is missing from the vault folder. If you have a backup file, restore it to get the attachment back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for this attachment is damaged or has been changed, so it was not shown. If you have a backup file, restore it to get the attachment back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup file could not be used. Nothing in your vault has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not an npdrights backup: it doesn&apos;t start the way a backup file does. Choose the file you saved with “Back up to a file…” (its name ends in .npdbackup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup was made by a newer version of npdrights. Install the newest version to read it. Nothing in your vault has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup file, or the start of the file is damaged. Type the passphrase you chose when you made the backup (it may differ from your vault passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup file is damaged, cut short or has been changed, so none of it was used. Nothing in your vault has been changed. Try another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup file opened, but what is inside is not valid ({detail}), so none of it was used. Nothing in your vault has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {action}: {reason}. Check the disk has space and the file is where you left it, then try again. Nothing in your vault has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your disk is full, so npdrights could not save. Nothing you had saved before has been lost. Free some space (empty the recycle bin, or move large files such as videos elsewhere), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk or folder npdrights uses would not let it read or write ({reason}). Nothing you had saved before has been lost. Check the disk is connected and not read-only, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adviser&apos;s name must be between 1 and {most} letters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault&apos;s key file (vault.json) could not be saved correctly: what is on the disk is not what was written. Check the disk for errors and that it has space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a second and try again: a copy was kept aside a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case no longer exists, so nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it is a folder, a device or a pipe), so it can&apos;t be attached. Choose a document, a scan or a photo. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WantPage</name>
    <message>
        <source>&amp;Special educational needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record shows needs that could lead to unfair judgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exclusions or absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of context, these could follow the child for years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in &amp;care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private, and could lead to stigma or harm if it became known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records could connect an adopted child&apos;s past and present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;fety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any release of an address or a school could put someone at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy in general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child didn&apos;t choose to be in the database. This is true of every pupil, so it needs another reason too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I dispute that the data is &amp;accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted while the organisation checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;objected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted until the organisation decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is used &amp;unlawfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept but not used, instead of deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need it for a &amp;legal claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for you, though it no longer needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The organisation agreed to my objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once an objection succeeds, the data should be deleted if nothing else justifies keeping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no &amp;longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the purpose it was collected for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was collected or used &amp;unlawfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example without a proper legal reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law (Article 15 of the UK GDPR) entitles you to all of this, so the letter asks for all of it. Asking for everything at once means you don&apos;t have to write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DfE can refuse an objection only if it shows &apos;compelling legitimate grounds&apos; that outweigh your reasons, so your reasons matter. You don&apos;t need legal words: say what worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law (Article 16) says wrong information must be corrected without delay. Say exactly what is wrong and what is right, so nobody has to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law (Article 17) lets you ask for deletion on these grounds. The DfE may say it must keep the data for its public tasks or for statistics; the letter says so honestly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law (Article 18) lets you ask for the data to be kept but not used while something is settled. The organisation must tell you before it lifts the restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation must deal with a complaint about how it handled your data. Saying what went wrong and how it affected you helps it, and the ICO later, put it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the letter asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the data should be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the use of the data should be restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your letter asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask for the child&apos;s &amp;educational record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask for the child&apos;s educational record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent can ask a maintained school, or a non-maintained special school, for the educational record. It must answer within {days} school days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what applies. Each ticked reason becomes a sentence in the letter. Tick at least one, or write your own reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reasons in your own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;reasons (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as you write it. Say what makes your child&apos;s situation different from other pupils&apos;. For example: a health condition or special need recorded at school; a move to keep someone safe; time in care or an adoption; an exclusion that could be misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List each thing that is wrong. Add as many as you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should the data be deleted? Tick all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should the use of the data be restricted? Tick all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it affected you or your child (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went &amp;wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the answer left out who the data was given to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it &amp;affected you (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter asks for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatNextDialog</name>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your case is saved. Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read how npdrights works at any time: Help, then How this works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoAskingPage</name>
    <message>
        <source>Who is asking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is written in your words and signed by you, so the organisation knows who is asking and where to send the answer. A parent or adviser also needs to say how they are connected to the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m asking about &amp;myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You went to school in England, and want your own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m a &amp;parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re asking for your child, or for several children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m an ad&amp;viser helping a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work for a charity or service, with a signed authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m the child&apos;s carer, not their paren&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line for each part, without the postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you want the answer by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charity or service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoChoices</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{household} (family)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrongFactsModel</name>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
