<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AboutPage</name>
    <message>
        <source>Who is it about?</source>
        <translation>یہ کس کے بارے میں ہے؟</translation>
    </message>
    <message>
        <source>Organisations find records by name and date of birth. Former names, pupil numbers and schools help them find every record, so nothing is missed. For brothers and sisters, add each child: each gets their own letter and their own case, printed together.</source>
        <translation>ادارے نام اور تاریخ پیدائش سے ریکارڈ تلاش کرتے ہیں۔ پرانے نام، طالب علم کے نمبر اور اسکول ہر ریکارڈ تلاش کرنے میں مدد دیتے ہیں، تاکہ کچھ رہ نہ جائے۔ بہن بھائیوں کے لیے ہر بچے کو شامل کریں: ہر ایک کا اپنا خط اور اپنا کیس ہوگا، جو ایک ساتھ پرنٹ ہوں گے۔</translation>
    </message>
    <message>
        <source>Saved &amp;people</source>
        <translation>محفوظ افراد (&amp;P)</translation>
    </message>
    <message>
        <source>Add this &amp;child</source>
        <translation>یہ بچہ شامل کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Children in this request</source>
        <translation>اس درخواست میں شامل بچے</translation>
    </message>
    <message>
        <source>&amp;Add another child</source>
        <translation>ایک اور بچہ شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove this child</source>
        <translation>یہ بچہ ہٹا دیں (&amp;R)</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>آپ کے بارے میں</translation>
    </message>
    <message>
        <source>Tell us what the school records may say about you.</source>
        <translation>ہمیں بتائیں کہ اسکول کے ریکارڈ میں آپ کے بارے میں کیا لکھا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>Tell us about the child the letter is about. If you&apos;re asking for brothers and sisters too, add each of them: they get a letter each.</source>
        <translation>ہمیں اس بچے کے بارے میں بتائیں جس کے بارے میں خط ہے۔ اگر آپ بہن بھائیوں کے لیے بھی پوچھ رہے ہیں تو ہر ایک کو شامل کریں: ہر ایک کا الگ خط ہوگا۔</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>نیا بچہ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Child {number}</source>
        <translation>بچہ {number}</translation>
    </message>
</context>
<context>
    <name>ActionTitles</name>
    <message>
        <source>Send the letter, or mark it as sent</source>
        <translation>خط بھیجیں، یا اسے بھیجا ہوا درج کریں</translation>
    </message>
    <message>
        <source>Reply to the organisation&apos;s question</source>
        <translation>ادارے کے سوال کا جواب دیں</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>یاد دہانی بھیجیں</translation>
    </message>
    <message>
        <source>Complain to the organisation</source>
        <translation>ادارے سے شکایت کریں</translation>
    </message>
    <message>
        <source>Complain to the ICO</source>
        <translation>‏ICO سے شکایت کریں</translation>
    </message>
    <message>
        <source>Ask the ICO to review its outcome</source>
        <translation>‏ICO سے اس کے فیصلے پر نظرِ ثانی کی درخواست کریں</translation>
    </message>
    <message>
        <source>Ask for corrections</source>
        <translation>درستی کی درخواست کریں</translation>
    </message>
    <message>
        <source>Ask for its compelling legitimate grounds</source>
        <translation>اس کی مضبوط جائز وجوہات پوچھیں</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>کیس بند کریں</translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>The address for {body} is not confirmed: it was last checked in {checked}.</source>
        <translation>اس پتے کی تصدیق نہیں ہوئی ({body}): اسے آخری بار {checked} میں جانچا گیا تھا۔</translation>
    </message>
    <message>
        <source>Before posting, open the GOV.UK page “{title}” and {look_for}.</source>
        <translation>بھیجنے سے پہلے GOV.UK کا صفحہ «{title}» کھولیں۔ وہاں کیا دیکھنا ہے (انگریزی میں): {look_for}۔</translation>
    </message>
    <message>
        <source>Before posting, open the GOV.UK page “{title}”.</source>
        <translation>بھیجنے سے پہلے GOV.UK کا صفحہ «{title}» کھولیں۔</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>The letter says you have parental responsibility. Foster and kinship carers often don&apos;t; under a care order the council shares it with the parents. If you don&apos;t have it, the child can sign an authority for you if they are about 12 or over, or someone with parental responsibility (a parent, or the council) can make the request. Ask an adviser if you are not sure.</source>
        <translation>خط میں لکھا ہے کہ آپ کے پاس والدین کی ذمہ داری (parental responsibility) ہے۔ فوسٹر اور رشتہ دار سرپرستوں کے پاس اکثر یہ نہیں ہوتی؛ کیئر آرڈر کی صورت میں کونسل اسے والدین کے ساتھ بانٹتی ہے۔ اگر آپ کے پاس یہ نہیں، تو اگر بچہ تقریباً 12 سال یا اس سے بڑا ہو تو وہ آپ کے لیے اجازت نامے پر دستخط کر سکتا ہے، یا والدین کی ذمہ داری رکھنے والا کوئی شخص (والدین، یا کونسل) درخواست کر سکتا ہے۔ اگر آپ کو یقین نہیں تو کسی مشیر سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Parental responsibility means the legal rights and duties a parent has for a child. More than one person can have it, and not only birth parents: a guardian or someone named in a court order can have it too. The organisation may ask you to show that you have it. Send proof only if it asks.</source>
        <translation>والدین کی ذمہ داری (parental responsibility) کا مطلب وہ قانونی حقوق اور فرائض ہیں جو والدین کے بچے کے لیے ہوتے ہیں۔ یہ ایک سے زیادہ افراد کے پاس ہو سکتی ہے، اور صرف حقیقی والدین کے پاس نہیں: سرپرست یا عدالت کے حکم میں نامزد شخص کے پاس بھی ہو سکتی ہے۔ ادارہ آپ سے اس کا ثبوت مانگ سکتا ہے۔ ثبوت صرف تب بھیجیں جب وہ مانگے۔</translation>
    </message>
    <message>
        <source>The rights belong to your child, not to you. A parent or carer should act for a child only if the child agrees, if the child can&apos;t yet understand their rights, or if it is clearly in the child&apos;s best interests.</source>
        <translation>یہ حقوق آپ کے بچے کے ہیں، آپ کے نہیں۔ والدین یا سرپرست کو بچے کی طرف سے صرف تب قدم اٹھانا چاہیے جب بچہ راضی ہو، جب بچہ ابھی اپنے حقوق نہ سمجھ سکتا ہو، یا جب یہ واضح طور پر بچے کے بہترین مفاد میں ہو۔</translation>
    </message>
    <message>
        <source>The organisation may ask for proof of identity. Send it only if it asks.</source>
        <translation>ادارہ شناخت کا ثبوت مانگ سکتا ہے۔ اسے صرف تب بھیجیں جب وہ مانگے۔</translation>
    </message>
    <message>
        <source>If you later complain to the ICO for them, the ICO asks for a signed consent letter from anyone aged 12 or over.</source>
        <translation>اگر آپ بعد میں ان کی طرف سے ICO سے شکایت کریں، تو ICO 12 سال یا اس سے زیادہ عمر کے ہر فرد سے دستخط شدہ رضامندی کا خط مانگتا ہے۔</translation>
    </message>
    <message>
        <source>You&apos;re asking for your own data, so you sign the letter.</source>
        <translation>آپ اپنا ڈیٹا مانگ رہے ہیں، اس لیے خط پر آپ دستخط کریں گے۔</translation>
    </message>
    <message>
        <source>You&apos;re {age} years old. You can use your own rights if you understand what you&apos;re asking for. In England there&apos;s no fixed age: the ICO says around 12 is a reasonable guide. A parent, carer or another adult you trust can help you, or ask for you.</source>
        <translation>آپ کی عمر {age} سال ہے۔ اگر آپ سمجھتے ہیں کہ آپ کیا مانگ رہے ہیں تو آپ اپنے حقوق استعمال کر سکتے ہیں۔ انگلینڈ میں کوئی مقررہ عمر نہیں: ICO کہتا ہے کہ تقریباً 12 سال ایک مناسب رہنما ہے۔ والدین، سرپرست یا کوئی اور بالغ جس پر آپ بھروسہ کرتے ہیں، آپ کی مدد کر سکتا ہے یا آپ کی طرف سے پوچھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>At {age}, you can usually ask for your own data. The ICO says around 12 is a reasonable guide.</source>
        <translation>‏{age} سال کی عمر میں آپ عام طور پر اپنا ڈیٹا خود مانگ سکتے ہیں۔ ICO کہتا ہے کہ تقریباً 12 سال ایک مناسب رہنما ہے۔</translation>
    </message>
    <message>
        <source>You&apos;re {age} years old, so you&apos;re not an adult yet. Choose &apos;the pupil&apos; instead: the letter will be the same, but the advice fits better.</source>
        <translation>آپ کی عمر {age} سال ہے، اس لیے آپ ابھی بالغ نہیں ہیں۔ اس کے بجائے &apos;طالب علم&apos; چنیں: خط وہی رہے گا، مگر مشورہ زیادہ موزوں ہوگا۔</translation>
    </message>
    <message>
        <source>You&apos;re asking for your own data, so you sign the letter. Give any former names and schools so the organisation can find your records.</source>
        <translation>آپ اپنا ڈیٹا مانگ رہے ہیں، اس لیے خط پر آپ دستخط کریں گے۔ اپنے پرانے نام اور اسکول بتائیں تاکہ ادارہ آپ کا ریکارڈ تلاش کر سکے۔</translation>
    </message>
    <message>
        <source>Ask your child to sign the authority form, to show they agree to you asking for them.</source>
        <translation>اپنے بچے سے اجازت نامے پر دستخط کروائیں، تاکہ ظاہر ہو کہ وہ آپ کے اس کی طرف سے پوچھنے پر راضی ہے۔</translation>
    </message>
    <message>
        <source>Your child is {age} years old. A child this young may not understand enough to give you their authority. If so, untick the box that says they agree.</source>
        <translation>آپ کے بچے کی عمر {age} سال ہے۔ اتنا چھوٹا بچہ شاید اتنا نہ سمجھتا ہو کہ آپ کو اجازت دے سکے۔ اگر ایسا ہے تو وہ خانہ خالی کر دیں جس میں لکھا ہے کہ وہ راضی ہے۔</translation>
    </message>
    <message>
        <source>Your child is {age} years old, an adult. You need their signed authority, like anyone asking for an adult&apos;s data. Parental responsibility ends at 18.</source>
        <translation>آپ کے بچے کی عمر {age} سال ہے، یعنی وہ بالغ ہے۔ آپ کو اس کا دستخط شدہ اجازت نامہ چاہیے، جیسے کسی بھی بالغ کا ڈیٹا مانگنے والے کو۔ والدین کی ذمہ داری 18 سال پر ختم ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>They are {age} years old, an adult, so a parent can&apos;t ask for their data without their signed authority. Tick the box that says they agree, so the authority form goes with the letter.</source>
        <translation>ان کی عمر {age} سال ہے، یعنی وہ بالغ ہیں، اس لیے والدین ان کے دستخط شدہ اجازت نامے کے بغیر ان کا ڈیٹا نہیں مانگ سکتے۔ وہ خانہ منتخب کریں جس میں لکھا ہے کہ وہ راضی ہیں، تاکہ اجازت نامہ خط کے ساتھ جائے۔</translation>
    </message>
    <message>
        <source>Your child is {age} years old. Many children of 12 and over can decide for themselves, and the organisation may want to know they agree. Talk to them. If they understand, ask them to sign the authority form: tick the box that says they agree.</source>
        <translation>آپ کے بچے کی عمر {age} سال ہے۔ 12 سال اور اس سے بڑے بہت سے بچے خود فیصلہ کر سکتے ہیں، اور ادارہ شاید جاننا چاہے کہ بچہ راضی ہے۔ ان سے بات کریں۔ اگر وہ سمجھتے ہیں تو ان سے اجازت نامے پر دستخط کروائیں: وہ خانہ منتخب کریں جس میں لکھا ہے کہ وہ راضی ہیں۔</translation>
    </message>
    <message>
        <source>Tell your child what you&apos;re asking for and why, in words they understand, and listen to what they think.</source>
        <translation>اپنے بچے کو ایسے الفاظ میں بتائیں جو وہ سمجھے کہ آپ کیا اور کیوں مانگ رہے ہیں، اور سنیں کہ وہ کیا سوچتا ہے۔</translation>
    </message>
    <message>
        <source>Send the signed authority with the letter, so the organisation knows you may act.</source>
        <translation>دستخط شدہ اجازت نامہ خط کے ساتھ بھیجیں، تاکہ ادارے کو معلوم ہو کہ آپ قدم اٹھا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The pupil should sign it if they understand what it means; around 12 is a reasonable guide.</source>
        <translation>اگر طالب علم اس کا مطلب سمجھتا ہے تو اسے خود دستخط کرنے چاہییں؛ تقریباً 12 سال ایک مناسب رہنما ہے۔</translation>
    </message>
    <message>
        <source>The pupil is {age} years old, so a parent or carer usually signs the authority. Explain to the child what you&apos;re doing, in words they understand.</source>
        <translation>طالب علم کی عمر {age} سال ہے، اس لیے عام طور پر والدین یا سرپرست اجازت نامے پر دستخط کرتے ہیں۔ بچے کو ایسے الفاظ میں سمجھائیں جو وہ سمجھے کہ آپ کیا کر رہے ہیں۔</translation>
    </message>
    <message>
        <source>The pupil is {age} years old, so they should sign the authority themselves.</source>
        <translation>طالب علم کی عمر {age} سال ہے، اس لیے اسے خود اجازت نامے پر دستخط کرنے چاہییں۔</translation>
    </message>
</context>
<context>
    <name>AdvisersDialog</name>
    <message>
        <source>Admin</source>
        <translation>ایڈمن</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>مشیر</translation>
    </message>
    <message>
        <source>Advisers</source>
        <translation>مشیر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>شامل کرنے کی تاریخ</translation>
    </message>
    <message>
        <source>Add an adviser</source>
        <translation>مشیر شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Add adviser</source>
        <translation>مشیر شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move the selected adviser…</source>
        <translation>منتخب مشیر کو ہٹائیں… (&amp;M)</translation>
    </message>
    <message>
        <source>Setting up the passphrase</source>
        <translation>پاس فریز لگایا جا رہا ہے</translation>
    </message>
    <message>
        <source>Setting up the passphrase…</source>
        <translation>پاس فریز لگایا جا رہا ہے…</translation>
    </message>
    <message>
        <source>This vault opens with one passphrase. An advice charity can give each adviser their own name and passphrase instead, and see who did what in the audit trail. The first adviser you add is you: you become its admin, and the vault&apos;s passphrase stops working (the recovery code stays).</source>
        <translation>یہ محفوظ خانہ ایک پاس فریز سے کھلتا ہے۔ مشورہ دینے والا ادارہ اس کی جگہ ہر مشیر کو اپنا نام اور پاس فریز دے سکتا ہے، اور ریکارڈِ تبدیلی میں دیکھ سکتا ہے کہ کس نے کیا کیا۔ پہلا مشیر جسے آپ شامل کریں گے، وہ آپ خود ہیں: آپ اس کے ایڈمن بن جاتے ہیں، اور محفوظ خانے کا پاس فریز کام کرنا بند کر دیتا ہے (ریکوری کوڈ باقی رہتا ہے)۔</translation>
    </message>
    <message>
        <source>&amp;Start with me as the first adviser</source>
        <translation>مجھے پہلا مشیر بنا کر شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Each adviser signs in with their name and their own passphrase; an admin adds and removes them. Removing an adviser stops their passphrase opening the vault; anything they saved or copied out before is not taken back.</source>
        <translation>ہر مشیر اپنے نام اور اپنے پاس فریز سے سائن اِن کرتا ہے؛ ایڈمن انہیں شامل کرتا اور ہٹاتا ہے۔ کسی مشیر کو ہٹانے سے اس کا پاس فریز محفوظ خانہ نہیں کھولتا؛ جو کچھ اس نے پہلے محفوظ یا کاپی کیا، وہ واپس نہیں لیا جا سکتا۔</translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can add or remove advisers.</source>
        <translation>مشیر صرف ایڈمن کے کردار والا مشیر شامل کر سکتا ہے یا ہٹا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Setting up the passphrase. This takes a few seconds…</source>
        <translation>پاس فریز لگایا جا رہا ہے۔ اس میں چند سیکنڈ لگتے ہیں…</translation>
    </message>
    <message>
        <source>You are the first adviser, with the admin role. Next time, sign in with your name and this passphrase.</source>
        <translation>آپ ایڈمن کے کردار کے ساتھ پہلے مشیر ہیں۔ اگلی بار اپنے نام اور اسی پاس فریز سے سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>Added {name}. Give them their passphrase in person, not by email.</source>
        <translation>{name} کو شامل کر دیا گیا۔ انہیں ان کا پاس فریز خود جا کر دیں، ای میل سے نہیں۔</translation>
    </message>
    <message>
        <source>Choose the adviser to remove in the list first.</source>
        <translation>پہلے فہرست میں وہ مشیر چنیں جسے ہٹانا ہے۔</translation>
    </message>
    <message>
        <source>Remove an adviser</source>
        <translation>مشیر کو ہٹائیں</translation>
    </message>
    <message>
        <source>Remove {name}? Their passphrase will no longer open the vault. What they saved or copied out before is not taken back.</source>
        <translation>{name} کو ہٹائیں؟ ان کا پاس فریز اب محفوظ خانہ نہیں کھولے گا۔ جو کچھ انہوں نے پہلے محفوظ یا کاپی کیا، وہ واپس نہیں لیا جا سکتا۔</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} کو ہٹا دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>AfterSending</name>
    <message>
        <source>Go to the ICO&apos;s complaint form on its website ({form}). Use Copy text on the letter page and paste it into the form, and attach the letters and replies it asks for.</source>
        <translation>ICO کی ویب سائٹ پر شکایت کا فارم کھولیں ({form})۔ خط والے صفحے پر متن کاپی کرنے کا بٹن استعمال کریں، اسے فارم میں چسپاں کریں، اور وہ خطوط اور جوابات منسلک کریں جو فارم مانگے۔</translation>
    </message>
    <message>
        <source>Keep the email the ICO sends you. npdrights keeps a copy of your complaint with the case.</source>
        <translation>ICO جو ای میل آپ کو بھیجے اسے سنبھال کر رکھیں۔ npdrights آپ کی شکایت کی ایک کاپی کیس کے ساتھ رکھتا ہے۔</translation>
    </message>
    <message>
        <source>Write an email to {to}. Use Copy text on the letter page and paste the letter into it, or attach the PDF you saved.</source>
        <translation>{to} کو ای میل لکھیں۔ خط والے صفحے پر متن کاپی کرنے کا بٹن استعمال کر کے خط ای میل میں چسپاں کریں، یا محفوظ کی ہوئی PDF منسلک کریں۔</translation>
    </message>
    <message>
        <source>Print the form to sign, have it signed, then scan or photograph it and attach it.</source>
        <translation>دستخط والا فارم پرنٹ کریں، اس پر دستخط کروائیں، پھر اسے اسکین کریں یا اس کی تصویر لے کر منسلک کریں۔</translation>
    </message>
    <message>
        <source>Print the {forms} forms to sign, have them signed, then scan or photograph them and attach them.</source>
        <translation>دستخط والے {forms} فارم پرنٹ کریں، ان پر دستخط کروائیں، پھر انہیں اسکین کریں یا ان کی تصویر لے کر منسلک کریں۔</translation>
    </message>
    <message>
        <source>Keep the email you send. npdrights keeps a copy of the letter with the case as well.</source>
        <translation>جو ای میل آپ بھیجیں اسے سنبھال کر رکھیں۔ npdrights بھی خط کی ایک کاپی کیس کے ساتھ رکھتا ہے۔</translation>
    </message>
    <message>
        <source>Sign the letter by hand above your name. Have each form signed too.</source>
        <translation>خط پر اپنے نام کے اوپر ہاتھ سے دستخط کریں۔ ہر فارم پر بھی دستخط کروائیں۔</translation>
    </message>
    <message>
        <source>Sign the letter by hand above your name.</source>
        <translation>خط پر اپنے نام کے اوپر ہاتھ سے دستخط کریں۔</translation>
    </message>
    <message>
        <source>Fold each letter in three, with the top third (your address and theirs) facing out, so their address shows through the window of a DL envelope.</source>
        <translation>ہر خط کو تین تہوں میں موڑیں، اوپر والا تہائی حصہ (آپ کا اور ان کا پتہ) باہر کی طرف رکھیں، تاکہ ان کا پتہ DL لفافے کی کھڑکی سے نظر آئے۔</translation>
    </message>
    <message>
        <source>Keep a copy of what you send. npdrights keeps one with the case as well.</source>
        <translation>جو کچھ آپ بھیجیں اس کی ایک کاپی رکھیں۔ npdrights بھی ایک کاپی کیس کے ساتھ رکھتا ہے۔</translation>
    </message>
    <message>
        <source>When it has gone, open the case and choose &apos;Mark as sent&apos;, with the day you sent it. From that day npdrights works out when it arrived, and so when the answer is due.</source>
        <translation>جب خط چلا جائے تو کیس کھولیں اور اسے بھیجا ہوا نشان زد کریں، ساتھ بھیجنے کا دن لکھیں۔ اس دن سے npdrights حساب لگاتا ہے کہ خط کب پہنچا، اور اس لیے جواب کب تک آنا چاہیے۔</translation>
    </message>
    <message>
        <source>You marked it as sent on {day}. The case shows when the answer is due, and npdrights reminds you.</source>
        <translation>آپ نے اسے {day} کو بھیجا ہوا نشان زد کیا۔ کیس دکھاتا ہے کہ جواب کب تک آنا چاہیے، اور npdrights آپ کو یاد دلائے گا۔</translation>
    </message>
    <message>
        <source>When a reply comes, open the case and choose &apos;Record what happened&apos;. npdrights helps you check the answer has everything it should, and says what you can do next. If no answer comes in time, it offers a reminder.</source>
        <translation>جب جواب آئے تو کیس کھولیں اور لکھیں کہ کیا ہوا۔ npdrights جانچنے میں مدد کرتا ہے کہ جواب میں وہ سب کچھ ہے جو ہونا چاہیے، اور بتاتا ہے کہ آپ آگے کیا کر سکتے ہیں۔ اگر وقت پر جواب نہ آئے تو یہ یاد دہانی کی پیشکش کرتا ہے۔</translation>
    </message>
    <message>
        <source>Print the letter.</source>
        <translation>خط پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Print the {letters} letters.</source>
        <translation>تمام {letters} خطوط پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Print the letter and the form to sign.</source>
        <translation>خط اور دستخط والا فارم پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Print the {letters} letters and the form to sign.</source>
        <translation>تمام {letters} خطوط اور دستخط والا فارم پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Print the letter and the {forms} forms to sign.</source>
        <translation>خط اور دستخط والے {forms} فارم پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Print the {letters} letters and the {forms} forms to sign.</source>
        <translation>تمام {letters} خطوط اور دستخط والے {forms} فارم پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Send it Signed For at a Post Office and keep the receipt: it shows the day you posted it, and its number tells you when it was delivered.</source>
        <translation>اسے پوسٹ آفس سے Signed For کے ذریعے بھیجیں اور رسید رکھیں: اس پر بھیجنے کا دن ہوتا ہے، اور اس کے نمبر سے پتہ چلتا ہے کہ خط کب پہنچا۔</translation>
    </message>
    <message>
        <source>Post it at a Post Office counter and ask for a free certificate of posting. It proves the day you posted it: keep it safe.</source>
        <translation>اسے پوسٹ آفس کے کاؤنٹر پر پوسٹ کریں اور مفت “certificate of posting” (بھیجنے کا ثبوت) مانگیں۔ یہ اس دن کا ثبوت ہے جب آپ نے خط بھیجا: اسے سنبھال کر رکھیں۔</translation>
    </message>
</context>
<context>
    <name>AnswerChecked</name>
    <message>
        <source>Everything the law lists was included.</source>
        <translation>قانون میں درج ہر چیز شامل تھی۔</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} things the law lists missing.</source>
        <translation>
            <numerusform>قانون میں درج {total} چیزوں میں سے %n شامل نہیں تھی۔</numerusform>
            <numerusform>قانون میں درج {total} چیزوں میں سے %n شامل نہیں تھیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included, though asked for: {items}.</source>
        <translation>شامل نہیں، حالانکہ مانگا گیا تھا: {items}۔</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong fact(s) noted.</source>
        <translation>
            <numerusform>‏%n غلط بات نوٹ کی گئی۔</numerusform>
            <numerusform>‏%n غلط باتیں نوٹ کی گئیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerItems</name>
    <message>
        <source>A copy of the data</source>
        <translation>ڈیٹا کی کاپی</translation>
    </message>
    <message>
        <source>A copy of the information itself, not just a description of it.</source>
        <translation>خود معلومات کی کاپی، صرف اس کی تفصیل نہیں۔</translation>
    </message>
    <message>
        <source>Why it holds the data</source>
        <translation>اس کے پاس ڈیٹا کیوں ہے</translation>
    </message>
    <message>
        <source>The purposes it uses the data for.</source>
        <translation>وہ مقاصد جن کے لیے وہ ڈیٹا استعمال کرتا ہے۔</translation>
    </message>
    <message>
        <source>What kinds of data it holds</source>
        <translation>اس کے پاس کس قسم کا ڈیٹا ہے</translation>
    </message>
    <message>
        <source>The categories of personal data, for example attendance, exam results or special educational needs.</source>
        <translation>ذاتی ڈیٹا کی اقسام، مثلاً حاضری، امتحان کے نتائج یا خصوصی تعلیمی ضروریات۔</translation>
    </message>
    <message>
        <source>Who it shares the data with</source>
        <translation>وہ ڈیٹا کس کے ساتھ شیئر کرتا ہے</translation>
    </message>
    <message>
        <source>The organisations, or kinds of organisation, it gives or may give the data to.</source>
        <translation>وہ ادارے، یا اداروں کی اقسام، جنہیں وہ ڈیٹا دیتا ہے یا دے سکتا ہے۔</translation>
    </message>
    <message>
        <source>The record of releases to others</source>
        <translation>دوسروں کو ڈیٹا دینے کا ریکارڈ</translation>
    </message>
    <message>
        <source>Which outside organisations (companies, researchers, others) were actually given the data, and when.</source>
        <translation>کن بیرونی اداروں (کمپنیوں، محققین، دوسروں) کو واقعی ڈیٹا دیا گیا، اور کب۔</translation>
    </message>
    <message>
        <source>How long it keeps the data</source>
        <translation>وہ ڈیٹا کتنی دیر رکھتا ہے</translation>
    </message>
    <message>
        <source>How long the data will be kept, or how it decides that.</source>
        <translation>ڈیٹا کتنی دیر رکھا جائے گا، یا وہ یہ کیسے طے کرتا ہے۔</translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation>ڈیٹا کہاں سے آیا</translation>
    </message>
    <message>
        <source>Where it got the data, if not from you (for example a school or council).</source>
        <translation>اسے ڈیٹا کہاں سے ملا، اگر آپ سے نہیں (مثلاً کسی اسکول یا کونسل سے)۔</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>آپ کے حقوق</translation>
    </message>
    <message>
        <source>Your rights to have data corrected, deleted or restricted, to object, and to complain to the ICO.</source>
        <translation>ڈیٹا درست، حذف یا محدود کروانے، اعتراض کرنے، اور ICO سے شکایت کرنے کے آپ کے حقوق۔</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>خودکار فیصلے</translation>
    </message>
    <message>
        <source>Whether any decisions are made by computer alone, or profiling, and if so how and with what effect.</source>
        <translation>کیا کوئی فیصلے صرف کمپیوٹر کرتا ہے، یا پروفائلنگ ہوتی ہے، اور اگر ہاں تو کیسے اور کس اثر کے ساتھ۔</translation>
    </message>
    <message>
        <source>Safeguards for sending data abroad</source>
        <translation>بیرونِ ملک ڈیٹا بھیجنے کے تحفظات</translation>
    </message>
    <message>
        <source>If the data goes outside the UK, how it is protected there.</source>
        <translation>اگر ڈیٹا برطانیہ سے باہر جاتا ہے تو وہاں اس کی حفاظت کیسے ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Reasons for anything left out</source>
        <translation>کسی چیز کو چھوڑنے کی وجوہات</translation>
    </message>
    <message>
        <source>If it withheld anything, why, and that you can complain. Tick this if nothing was withheld.</source>
        <translation>اگر اس نے کچھ روکا تو کیوں، اور یہ کہ آپ شکایت کر سکتے ہیں۔ اگر کچھ نہیں روکا گیا تو اسے منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>AnswerPoints</name>
    <message>
        <source>{Body} asked you to clarify on {asked}, after its time to answer had run out, so that doesn&apos;t give it more time.</source>
        <translation>{asked} کو {Body} نے آپ سے وضاحت مانگی، جب جواب دینے کا وقت پہلے ہی ختم ہو چکا تھا، اس لیے اس سے اسے مزید وقت نہیں ملتا۔</translation>
    </message>
    <message>
        <source>{Body} asked for proof of identity on {asked}, after its time to answer had run out on {before_id}. Its month starts again from when your proof reached it, but you can point out that it should have asked within the month.</source>
        <translation>{asked} کو {Body} نے شناخت کا ثبوت مانگا، جبکہ جواب دینے کا وقت {before_id} کو ختم ہو چکا تھا۔ اس کا مہینہ اس دن سے دوبارہ شروع ہوتا ہے جب آپ کا ثبوت اسے ملا، لیکن آپ یہ بات اٹھا سکتے ہیں کہ اسے مہینے کے اندر ہی ثبوت مانگنا چاہیے تھا۔</translation>
    </message>
    <message>
        <source>{Body} told you it needed more time on {notified}, after its first deadline of {first_due}. The law says it must tell you within the first month, so you can say the extension doesn&apos;t apply and its answer was due on {first_due}.</source>
        <translation>{notified} کو {Body} نے بتایا کہ اسے مزید وقت چاہیے، یعنی اپنی پہلی آخری تاریخ {first_due} کے بعد۔ قانون کے مطابق اسے پہلے مہینے کے اندر بتانا ضروری ہے، اس لیے آپ کہہ سکتے ہیں کہ مدت میں اضافہ لاگو نہیں ہوتا اور اس کا جواب {first_due} تک آ جانا چاہیے تھا۔</translation>
    </message>
    <message>
        <source>{Body} told you it needed more time on {notified}. If your request reached it when the post normally would, its first deadline was {first_due}, and the law says it must tell you within the first month. Ask it the date it received your request: if the notice came after the month, the extension doesn&apos;t apply.</source>
        <translation>{notified} کو {Body} نے بتایا کہ اسے مزید وقت چاہیے۔ اگر آپ کی درخواست اسے ڈاک کے عام وقت پر ملی تھی تو اس کی پہلی آخری تاریخ {first_due} تھی، اور قانون کے مطابق اسے پہلے مہینے کے اندر بتانا ضروری ہے۔ اس سے پوچھیں کہ آپ کی درخواست اسے کس تاریخ کو ملی: اگر اطلاع مہینہ گزرنے کے بعد آئی تو مدت میں اضافہ لاگو نہیں ہوتا۔</translation>
    </message>
</context>
<context>
    <name>AnswerRules</name>
    <message>
        <source>one calendar month from {start}, when it got your request</source>
        <translation>{start} سے ایک کیلنڈر مہینہ، یعنی جس دن اسے آپ کی درخواست ملی</translation>
    </message>
    <message>
        <source>one calendar month from {start}, when your proof of identity reached it, which starts the month again</source>
        <translation>{start} سے ایک کیلنڈر مہینہ، یعنی جس دن آپ کی شناخت کا ثبوت اسے ملا، جس سے مہینہ دوبارہ شروع ہوتا ہے</translation>
    </message>
    <message>
        <source>three calendar months from {start}, when it got your request</source>
        <translation>{start} سے تین کیلنڈر مہینے، یعنی جس دن اسے آپ کی درخواست ملی</translation>
    </message>
    <message>
        <source>three calendar months from {start}, when your proof of identity reached it, which starts the month again</source>
        <translation>{start} سے تین کیلنڈر مہینے، یعنی جس دن آپ کی شناخت کا ثبوت اسے ملا، جس سے مہینہ دوبارہ شروع ہوتا ہے</translation>
    </message>
    <message>
        <source>{story} (the day it arrives counts as day 1, even at a weekend or on a bank holiday)</source>
        <translation>{story} (پہنچنے کا دن پہلا دن گنا جاتا ہے، چاہے وہ ہفتہ وار چھٹی یا سرکاری چھٹی کا دن ہو)</translation>
    </message>
    <message>
        <source>{story}, so to {month_end} as {month} has no {day_th}</source>
        <translation>{story}، یعنی {month_end} تک، کیونکہ {month} میں {day_th} تاریخ نہیں ہوتی</translation>
    </message>
    <message>
        <source>{story}, plus 1 day while {body} waited for your clarification ({spans})</source>
        <translation>{story}، اور 1 دن مزید، جب {body} آپ کی وضاحت کا انتظار کر رہا تھا ({spans})</translation>
    </message>
    <message>
        <source>{story}, plus {days} days while {body} waited for your clarification ({spans})</source>
        <translation>{story}، اور {days} دن مزید، جب {body} آپ کی وضاحت کا انتظار کر رہا تھا ({spans})</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} سے {last} تک</translation>
    </message>
    <message>
        <source>{Body} must answer by {due}: {story}.</source>
        <translation>جواب کی آخری تاریخ {due} ہے، جب تک {Body} کو جواب دینا ہے: {story}۔</translation>
    </message>
    <message>
        <source>{Body} must answer by {due}: {story}, moved past {days_off}.</source>
        <translation>جواب کی آخری تاریخ {due} ہے، جب تک {Body} کو جواب دینا ہے: {story}، اور {days_off} کی وجہ سے تاریخ آگے بڑھ گئی۔</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فروری</translation>
    </message>
    <message>
        <source>April</source>
        <translation>اپریل</translation>
    </message>
    <message>
        <source>June</source>
        <translation>جون</translation>
    </message>
    <message>
        <source>September</source>
        <translation>ستمبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <source>{day}st</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>{day}th</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>Asking you to clarify doesn&apos;t give {body} more time: the law pauses the clock only for access requests.</source>
        <translation>وضاحت مانگنے سے {body} کو مزید وقت نہیں ملتا: قانون صرف ڈیٹا تک رسائی کی درخواستوں میں وقت روکتا ہے۔</translation>
    </message>
    <message>
        <source>It has three months because it told you on {day} that it needs more time.</source>
        <translation>اس کے پاس تین مہینے ہیں کیونکہ اس نے {day} کو آپ کو بتایا کہ اسے مزید وقت چاہیے۔</translation>
    </message>
    <message>
        <source>It has three months because it extended the deadline. It had to tell you so, with its reasons, by {day}.</source>
        <translation>اس کے پاس تین مہینے ہیں کیونکہ اس نے مدت بڑھا دی۔ اسے وجوہات کے ساتھ {day} تک آپ کو یہ بتانا تھا۔</translation>
    </message>
</context>
<context>
    <name>ArrivalRules</name>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it first class on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>مانا جاتا ہے کہ {Body} کو یہ {due} کو ملا: یعنی آپ کے اسے {sent} کو فرسٹ کلاس ڈاک سے بھیجنے کے بعد دوسرا کاروباری دن۔ یہ ایک اندازہ ہے۔ اگر آپ کو معلوم ہے کہ یہ کس دن پہنچا تو وہ دن درج کریں، تاکہ تاریخیں درست ہو جائیں۔</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it first class on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>مانا جاتا ہے کہ {Body} کو یہ {due} کو ملا: یعنی آپ کے اسے {sent} کو فرسٹ کلاس ڈاک سے بھیجنے کے بعد دوسرا کاروباری دن، {days_off} کو گنے بغیر۔ یہ ایک اندازہ ہے۔ اگر آپ کو معلوم ہے کہ یہ کس دن پہنچا تو وہ دن درج کریں، تاکہ تاریخیں درست ہو جائیں۔</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it by signed-for post on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>مانا جاتا ہے کہ {Body} کو یہ {due} کو ملا: یعنی آپ کے اسے {sent} کو دستخط والی (رجسٹرڈ) ڈاک سے بھیجنے کے بعد دوسرا کاروباری دن۔ یہ ایک اندازہ ہے۔ اگر آپ کو معلوم ہے کہ یہ کس دن پہنچا تو وہ دن درج کریں، تاکہ تاریخیں درست ہو جائیں۔</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it by signed-for post on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>مانا جاتا ہے کہ {Body} کو یہ {due} کو ملا: یعنی آپ کے اسے {sent} کو دستخط والی (رجسٹرڈ) ڈاک سے بھیجنے کے بعد دوسرا کاروباری دن، {days_off} کو گنے بغیر۔ یہ ایک اندازہ ہے۔ اگر آپ کو معلوم ہے کہ یہ کس دن پہنچا تو وہ دن درج کریں، تاکہ تاریخیں درست ہو جائیں۔</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the fourth working day after you posted it second class on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>مانا جاتا ہے کہ {Body} کو یہ {due} کو ملا: یعنی آپ کے اسے {sent} کو سیکنڈ کلاس ڈاک سے بھیجنے کے بعد چوتھا کاروباری دن۔ یہ ایک اندازہ ہے۔ اگر آپ کو معلوم ہے کہ یہ کس دن پہنچا تو وہ دن درج کریں، تاکہ تاریخیں درست ہو جائیں۔</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the fourth working day after you posted it second class on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>مانا جاتا ہے کہ {Body} کو یہ {due} کو ملا: یعنی آپ کے اسے {sent} کو سیکنڈ کلاس ڈاک سے بھیجنے کے بعد چوتھا کاروباری دن، {days_off} کو گنے بغیر۔ یہ ایک اندازہ ہے۔ اگر آپ کو معلوم ہے کہ یہ کس دن پہنچا تو وہ دن درج کریں، تاکہ تاریخیں درست ہو جائیں۔</translation>
    </message>
    <message>
        <source>Counted as arriving the day you send it.</source>
        <translation>اسے اسی دن پہنچا ہوا مانا جاتا ہے جس دن آپ بھیجیں۔</translation>
    </message>
    <message>
        <source>Counted as arriving {count} working days after posting.</source>
        <translation>اسے ڈاک میں ڈالنے کے {count} کاروباری دن بعد پہنچا ہوا مانا جاتا ہے۔</translation>
    </message>
    <message>
        <source>{Body} got it on {day}, the delivery date you recorded.</source>
        <translation>یہ {Body} کو {day} کو ملا، یعنی ترسیل کی وہ تاریخ جو آپ نے درج کی۔</translation>
    </message>
    <message>
        <source>{Body} got it on {day}: email and online forms arrive the day they are sent.</source>
        <translation>یہ {Body} کو {day} کو ملا: ای میل اور آن لائن فارم اسی دن پہنچ جاتے ہیں جس دن بھیجے جائیں۔</translation>
    </message>
</context>
<context>
    <name>Askers</name>
    <message>
        <source>The pupil, asking for themselves</source>
        <translation>طالب علم، جو اپنے لیے پوچھ رہا ہے</translation>
    </message>
    <message>
        <source>A parent or carer, with the pupil&apos;s agreement</source>
        <translation>والدین یا سرپرست، طالب علم کی رضامندی سے</translation>
    </message>
    <message>
        <source>A parent or carer, for a child too young to ask</source>
        <translation>والدین یا سرپرست، ایسے بچے کے لیے جو خود پوچھنے کے لیے بہت چھوٹا ہے</translation>
    </message>
    <message>
        <source>A former pupil, now an adult</source>
        <translation>سابق طالب علم، جو اب بالغ ہے</translation>
    </message>
    <message>
        <source>An adviser, with a signed authority</source>
        <translation>دستخط شدہ اجازت نامے والا مشیر</translation>
    </message>
</context>
<context>
    <name>Asks</name>
    <message>
        <source>a copy of everything it holds about the pupil, free of charge</source>
        <translation>طالب علم کے بارے میں اس کے پاس موجود ہر چیز کی مفت کاپی</translation>
    </message>
    <message>
        <source>where each piece of information came from</source>
        <translation>ہر معلومات کہاں سے آئی</translation>
    </message>
    <message>
        <source>what it uses the information for</source>
        <translation>وہ معلومات کس کام کے لیے استعمال کرتا ہے</translation>
    </message>
    <message>
        <source>what kinds of information it holds</source>
        <translation>اس کے پاس کس قسم کی معلومات ہیں</translation>
    </message>
    <message>
        <source>who it has given the information to, and the safeguards for any sent abroad</source>
        <translation>اس نے معلومات کس کو دیں، اور بیرونِ ملک بھیجی گئی معلومات کے تحفظات</translation>
    </message>
    <message>
        <source>how long it keeps each part</source>
        <translation>وہ ہر حصہ کتنی دیر تک رکھتا ہے</translation>
    </message>
    <message>
        <source>any automated decisions made about the pupil</source>
        <translation>طالب علم کے بارے میں کیے گئے کوئی خودکار فیصلے</translation>
    </message>
    <message>
        <source>the pupil&apos;s rights: correction, deletion, restriction, objection and complaint to the ICO</source>
        <translation>طالب علم کے حقوق: درستی، حذف، پابندی، اعتراض اور ICO سے شکایت</translation>
    </message>
    <message>
        <source>for each organisation given the record: the dates, the law used, and whether it was a company, a newspaper or a journalist</source>
        <translation>ہر اس ادارے کے لیے جسے ریکارڈ دیا گیا: تاریخیں، استعمال کیا گیا قانون، اور یہ کہ وہ کوئی کمپنی، اخبار یا صحافی تھا یا نہیں</translation>
    </message>
    <message>
        <source>the other datasets the record has been linked with</source>
        <translation>دوسرے ڈیٹا سیٹ جن سے یہ ریکارڈ جوڑا گیا</translation>
    </message>
    <message>
        <source>every organisation that has looked up or been given the learning record, with the date and why</source>
        <translation>ہر وہ ادارہ جس نے تعلیمی ریکارڈ دیکھا یا جسے یہ دیا گیا، تاریخ اور وجہ کے ساتھ</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>PDF</source>
        <translation>‏PDF</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>دوسری فائل</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>‏{size} بائٹس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>شامل کیا گیا</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Export a copy</source>
        <translation>کاپی باہر محفوظ کریں</translation>
    </message>
    <message>
        <source>View attachment</source>
        <translation>منسلک فائل دیکھیں</translation>
    </message>
    <message>
        <source>npdrights can&apos;t show this kind of file. Use “Export a copy” to save it somewhere you choose and open it with another program.</source>
        <translation>‏npdrights اس قسم کی فائل نہیں دکھا سکتا۔ «کاپی باہر محفوظ کریں» سے اسے اپنی چنی ہوئی جگہ پر محفوظ کریں اور کسی دوسرے پروگرام سے کھولیں۔</translation>
    </message>
    <message>
        <source>Attachment: {kind}</source>
        <translation>منسلک فائل: {kind}</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation>کاپی باہر محفوظ کریں… (&amp;E)</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>an entry is missing here.</source>
        <translation>یہاں ایک اندراج غائب ہے۔</translation>
    </message>
    <message>
        <source>it doesn&apos;t follow on from the entry before it.</source>
        <translation>یہ پچھلے اندراج سے جڑا ہوا نہیں۔</translation>
    </message>
    <message>
        <source>its content doesn&apos;t match its hash.</source>
        <translation>اس کا مواد اس کے ہیش سے میل نہیں کھاتا۔</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>ریکارڈِ تبدیلی</translation>
    </message>
    <message>
        <source>Every change to a case is written here with who made it and when, in UK time (GMT or BST). The trail names a case only by an inner number and never says what it holds; here a case still in the vault is shown by its reference, which the cases list&apos;s search finds. A dash marks changes made before the vault had advisers. Each entry is chained to the one before, so one changed or removed is found by the check below.</source>
        <translation>کیس میں ہر تبدیلی یہاں لکھی جاتی ہے، کہ کس نے اور کب کی، برطانیہ کے وقت میں (GMT یا BST)۔ یہ ریکارڈ کیس کو صرف ایک اندرونی نمبر سے پہچانتا ہے اور کبھی نہیں بتاتا کہ اس میں کیا ہے؛ یہاں جو کیس ابھی محفوظ خانے میں ہے وہ اپنے حوالہ نمبر سے دکھایا جاتا ہے، جسے کیسوں کی فہرست کی تلاش ڈھونڈ لیتی ہے۔ ڈیش ان تبدیلیوں کو ظاہر کرتا ہے جو محفوظ خانے میں مشیر آنے سے پہلے ہوئیں۔ ہر اندراج پچھلے سے جڑا ہے، اس لیے کوئی بدلا یا ہٹایا گیا اندراج نیچے کی جانچ سے پکڑا جاتا ہے۔</translation>
    </message>
    <message>
        <source>When (UK time)</source>
        <translation>کب (برطانیہ کا وقت)</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>مشیر</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Case (reference)</source>
        <translation>کیس (حوالہ نمبر)</translation>
    </message>
    <message>
        <source>Audit trail entries, newest first</source>
        <translation>ریکارڈِ تبدیلی کے اندراجات، نئے پہلے</translation>
    </message>
    <message>
        <source>&amp;Check that nothing was changed</source>
        <translation>جانچیں کہ کچھ بدلا تو نہیں (&amp;C)</translation>
    </message>
    <message>
        <source>Showing the newest {shown} of {total} entries. To see every one, whoever looks after npdrights here can list them all with the command: npdrights-cli audit list --limit 0</source>
        <translation>{total} میں سے {shown} نئے اندراجات دکھائے جا رہے ہیں۔ سب دیکھنے کے لیے، جو یہاں npdrights سنبھالتا ہے وہ اس کمانڈ سے سب کی فہرست بنا سکتا ہے: npdrights-cli audit list --limit 0</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>تمام کیس</translation>
    </message>
    <message>
        <source>{number} (no longer in the vault)</source>
        <translation>{number} (اب محفوظ خانے میں نہیں)</translation>
    </message>
    <message>
        <source>{number} (no reference)</source>
        <translation>{number} (کوئی حوالہ نمبر نہیں)</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail checks out: %n entries, none altered, removed or added.</source>
        <translation>
            <numerusform>ریکارڈِ تبدیلی درست ہے: %n اندراج، کوئی بدلا، ہٹایا یا شامل نہیں کیا گیا۔</numerusform>
            <numerusform>ریکارڈِ تبدیلی درست ہے: %n اندراجات، کوئی بدلا، ہٹایا یا شامل نہیں کیا گیا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been changed at entry {entry}: {reason} Entries from there on can&apos;t be trusted. The vault&apos;s snapshots and backups hold earlier copies to compare with.</source>
        <translation>ریکارڈِ تبدیلی اندراج {entry} پر بدلا گیا ہے: {reason} وہاں سے آگے کے اندراجات پر بھروسا نہیں کیا جا سکتا۔ محفوظ خانے کے اسنیپ شاٹس اور بیک اپ میں موازنے کے لیے پرانی کاپیاں ہیں۔</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <source>case created</source>
        <translation>کیس بنایا گیا</translation>
    </message>
    <message>
        <source>case edited</source>
        <translation>کیس میں تبدیلی کی گئی</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation>کیس حذف کیا گیا</translation>
    </message>
    <message>
        <source>event added</source>
        <translation>واقعہ شامل کیا گیا</translation>
    </message>
    <message>
        <source>event edited</source>
        <translation>واقعے میں تبدیلی کی گئی</translation>
    </message>
    <message>
        <source>event deleted</source>
        <translation>واقعہ حذف کیا گیا</translation>
    </message>
    <message>
        <source>letter made</source>
        <translation>خط بنایا گیا</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>فائل منسلک کی گئی</translation>
    </message>
    <message>
        <source>file exported</source>
        <translation>فائل ایکسپورٹ کی گئی</translation>
    </message>
    <message>
        <source>letter saved to a file</source>
        <translation>خط فائل میں محفوظ کیا گیا</translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation>خط پرنٹ کیا گیا</translation>
    </message>
    <message>
        <source>case exported</source>
        <translation>کیس ایکسپورٹ کیا گیا</translation>
    </message>
    <message>
        <source>deleted under the retention policy</source>
        <translation>مدتِ حفاظت کی پالیسی کے تحت حذف کیا گیا</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <source>Give the day the family signed the authority as well as the day it ends.</source>
        <translation>وہ دن بھی درج کریں جب خاندان نے اجازت نامے پر دستخط کیے، اور وہ دن بھی جب یہ ختم ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The authority can&apos;t be signed after today ({today}).</source>
        <translation>اجازت نامے پر دستخط کی تاریخ آج ({today}) کے بعد کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The authority must end after the day it was signed.</source>
        <translation>اجازت نامہ دستخط والے دن کے بعد ختم ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>No signed authority from the family is recorded. You need one to act for them: record the day they signed it.</source>
        <translation>خاندان کا کوئی دستخط شدہ اجازت نامہ درج نہیں۔ ان کی طرف سے کام کرنے کے لیے آپ کو اس کی ضرورت ہے: وہ دن درج کریں جب انہوں نے دستخط کیے۔</translation>
    </message>
    <message>
        <source>The family signed its authority on {signed}. It has no end date.</source>
        <translation>خاندان نے {signed} کو اجازت نامے پر دستخط کیے۔ اس کی کوئی آخری تاریخ نہیں۔</translation>
    </message>
    <message>
        <source>The family&apos;s signed authority ended on {expires}. Ask them to sign a new one before you write for them again.</source>
        <translation>خاندان کا دستخط شدہ اجازت نامہ {expires} کو ختم ہو گیا۔ ان کے لیے دوبارہ لکھنے سے پہلے ان سے نئے اجازت نامے پر دستخط کروائیں۔</translation>
    </message>
    <message>
        <source>The family signed its authority on {signed}. It lasts until {expires}.</source>
        <translation>خاندان نے {signed} کو اجازت نامے پر دستخط کیے۔ یہ {expires} تک قائم ہے۔</translation>
    </message>
    <message>
        <source>The family&apos;s signed authority ends on {expires}, today. Ask them to sign a new one if the case will go on.</source>
        <translation>خاندان کا دستخط شدہ اجازت نامہ آج، {expires} کو، ختم ہو رہا ہے۔ اگر کیس جاری رہے گا تو ان سے نئے اجازت نامے پر دستخط کروائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>The family&apos;s signed authority ends on {expires}, in %n day(s). Ask them to sign a new one if the case will go on.</source>
        <translation>
            <numerusform>خاندان کا دستخط شدہ اجازت نامہ %n دن بعد، {expires} کو، ختم ہو رہا ہے۔ اگر کیس جاری رہے گا تو ان سے نئے اجازت نامے پر دستخط کروائیں۔</numerusform>
            <numerusform>خاندان کا دستخط شدہ اجازت نامہ %n دن بعد، {expires} کو، ختم ہو رہا ہے۔ اگر کیس جاری رہے گا تو ان سے نئے اجازت نامے پر دستخط کروائیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <source>The family&apos;s signed authority</source>
        <translation>خاندان کا دستخط شدہ اجازت نامہ</translation>
    </message>
    <message>
        <source>You act for this family with their signed authority. Record the day they signed it and, if it has one, the day it ends: the case page then warns you a month before it does.</source>
        <translation>آپ اس خاندان کی طرف سے ان کے دستخط شدہ اجازت نامے کے ساتھ کام کرتے ہیں۔ وہ دن درج کریں جب انہوں نے دستخط کیے اور، اگر ہو تو، وہ دن جب یہ ختم ہوتا ہے: پھر کیس کا صفحہ آپ کو ایک مہینہ پہلے خبردار کرے گا۔</translation>
    </message>
    <message>
        <source>The day the family signed it</source>
        <translation>جس دن خاندان نے دستخط کیے</translation>
    </message>
    <message>
        <source>The day it ends</source>
        <translation>جس دن یہ ختم ہوتا ہے</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>دستخط کی تاریخ:</translation>
    </message>
    <message>
        <source>Ends on (leave empty if it doesn&apos;t):</source>
        <translation>ختم ہونے کی تاریخ (اگر ختم نہیں ہوتا تو خالی چھوڑیں):</translation>
    </message>
    <message>
        <source>The day it was signed</source>
        <translation>دستخط کا دن</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>‏{field}: {problem}۔</translation>
    </message>
</context>
<context>
    <name>BackupContents</name>
    <message>
        <source>It holds everything in a vault: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation>اس میں پورا محفوظ خانہ ہے: {people} کے بارے میں {cases}، {events}، {letters} اور {attachments} ({size})۔</translation>
    </message>
    <message>
        <source>It holds one case: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation>اس میں ایک کیس ہے: {people} کے بارے میں {cases}، {events}، {letters} اور {attachments} ({size})۔</translation>
    </message>
    <message>
        <source>It holds one household: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation>اس میں ایک گھرانہ ہے: {people} کے بارے میں {cases}، {events}، {letters} اور {attachments} ({size})۔</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n کیس</numerusform>
            <numerusform>%n کیس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n واقعہ</numerusform>
            <numerusform>%n واقعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n خط</numerusform>
            <numerusform>%n خطوط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n منسلکہ</numerusform>
            <numerusform>%n منسلکات</numerusform>
        </translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>It was made on {when}.</source>
        <translation>یہ {when} کو بنایا گیا تھا۔</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <source>npdrights backups</source>
        <translation>npdrights کے بیک اپ</translation>
    </message>
    <message>
        <source>{field}: use at least {count} characters.</source>
        <translation>{field}: کم از کم {count} حروف استعمال کریں۔</translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation>دوبارہ ٹائپ کریں: دونوں پاس فریز مختلف ہیں۔</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>بیک اپ فائل چنیں</translation>
    </message>
</context>
<context>
    <name>BackupScopes</name>
    <message>
        <source>Everything in this vault</source>
        <translation>اس محفوظ خانے میں سب کچھ</translation>
    </message>
    <message>
        <source>One household: {name}</source>
        <translation>ایک گھرانہ: {name}</translation>
    </message>
    <message>
        <source>One case: {name} – {reference}</source>
        <translation>ایک کیس: {name} – {reference}</translation>
    </message>
</context>
<context>
    <name>Bodies</name>
    <message>
        <source>the DfE</source>
        <translation>DfE</translation>
    </message>
    <message>
        <source>the LRS</source>
        <translation>LRS</translation>
    </message>
    <message>
        <source>the ICO</source>
        <translation>ICO</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>ادارہ</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export deadlines to a calendar</source>
        <translation>آخری تاریخیں کیلنڈر میں بھیجیں</translation>
    </message>
    <message>
        <source>This makes a calendar file (.ics) with the dates in your open cases: when answers are due, and when you can send a reminder or complain. Import it into your calendar. If you export again later, importing the new file updates the same entries.</source>
        <translation>یہ آپ کے کھلے کیسوں کی تاریخوں کے ساتھ ایک کیلنڈر فائل (.ics) بناتا ہے: جواب کب تک آنا ہے، اور آپ کب یاد دہانی بھیج سکتے یا شکایت کر سکتے ہیں۔ اسے اپنے کیلنڈر میں شامل کریں۔ اگر آپ بعد میں دوبارہ بنائیں تو نئی فائل شامل کرنے سے وہی اندراجات اپ ڈیٹ ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Calendars are often copied to Google, Microsoft or Apple servers, and shared. So the entries say only the case&apos;s reference, not who it is about or which school or council it went to.</source>
        <translation>کیلنڈر اکثر Google، Microsoft یا Apple کے سرورز پر نقل اور شیئر ہوتے ہیں۔ اس لیے اندراجات میں صرف کیس کا حوالہ نمبر ہوتا ہے، یہ نہیں کہ یہ کس کے بارے میں ہے یا کس اسکول یا کونسل کو گیا۔</translation>
    </message>
    <message>
        <source>&amp;Include names: the person&apos;s name and the organisation&apos;s</source>
        <translation>نام شامل کریں: فرد کا نام اور ادارے کا نام (&amp;I)</translation>
    </message>
    <message>
        <source>Include names in the calendar entries</source>
        <translation>کیلنڈر کے اندراجات میں نام شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Save the calendar file…</source>
        <translation>کیلنڈر فائل محفوظ کریں… (&amp;S)</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>کیلنڈر فائل محفوظ کریں</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>کیلنڈر فائلیں (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation>فائل وہاں محفوظ نہیں ہو سکی ({reason})۔ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n date(s) in {path}.</source>
        <translation>
            <numerusform>‏{path} میں %n تاریخ محفوظ ہو گئی۔</numerusform>
            <numerusform>‏{path} میں %n تاریخیں محفوظ ہو گئیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseCounts</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>‏%n دن باقی</numerusform>
            <numerusform>‏%n دن باقی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>‏%n دن کی تاخیر</numerusform>
            <numerusform>‏%n دن کی تاخیر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>‏%n کیس کی تاریخ گزر گئی ہے</numerusform>
            <numerusform>‏%n کیسوں کی تاریخ گزر گئی ہے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due in the next {days} days</source>
        <translation>
            <numerusform>‏%n کیس کی آخری تاریخ اگلے {days} دن میں ہے</numerusform>
            <numerusform>‏%n کیسوں کی آخری تاریخ اگلے {days} دن میں ہے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n next step(s) open from today</source>
        <translation>
            <numerusform>آج سے %n اگلا قدم اٹھایا جا سکتا ہے</numerusform>
            <numerusform>آج سے %n اگلے قدم اٹھائے جا سکتے ہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>مزید %n مہینہ</numerusform>
            <numerusform>مزید %n مہینے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>The case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <source>&amp;Back to all cases</source>
        <translation>تمام کیسوں پر واپس (&amp;B)</translation>
    </message>
    <message>
        <source>Back to all cases</source>
        <translation>تمام کیسوں پر واپس</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <source>Signed authority</source>
        <translation>دستخط شدہ اجازت نامہ</translation>
    </message>
    <message>
        <source>Record the family&apos;s signed au&amp;thority…</source>
        <translation>خاندان کا دستخط شدہ اجازت نامہ درج کریں… (&amp;T)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخیں</translation>
    </message>
    <message>
        <source>What you can do next</source>
        <translation>آپ آگے کیا کر سکتے ہیں</translation>
    </message>
    <message>
        <source>What has happened</source>
        <translation>اب تک کیا ہوا</translation>
    </message>
    <message>
        <source>&amp;Record what happened…</source>
        <translation>جو ہوا وہ درج کریں… (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>بدلیں… (&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ہٹائیں (&amp;M)</translation>
    </message>
    <message>
        <source>Chec&amp;k this answer…</source>
        <translation>یہ جواب جانچیں… (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>دوبارہ کریں (&amp;D)</translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation>واپس لیں: {change}</translation>
    </message>
    <message>
        <source>Redo: {change}</source>
        <translation>دوبارہ کریں: {change}</translation>
    </message>
    <message>
        <source>Write a reminder asking for the &amp;missing items…</source>
        <translation>غائب چیزیں مانگنے کے لیے یاد دہانی لکھیں… (&amp;M)</translation>
    </message>
    <message>
        <source>Ask for the wrong facts to be &amp;corrected…</source>
        <translation>غلط حقائق درست کرنے کی درخواست کریں… (&amp;C)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>خطوط</translation>
    </message>
    <message>
        <source>&amp;View the letter…</source>
        <translation>خط دیکھیں… (&amp;V)</translation>
    </message>
    <message>
        <source>Replies, scans and other papers</source>
        <translation>جوابات، اسکین اور دوسرے کاغذات</translation>
    </message>
    <message>
        <source>Keep scans and photos of replies, PDFs and emails here. They are stored encrypted, like everything else in npdrights.</source>
        <translation>جوابات کے اسکین اور تصویریں، PDF اور ای میلز یہاں رکھیں۔ یہ npdrights کی باقی ہر چیز کی طرح خفیہ (انکرپٹڈ) حالت میں محفوظ ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>منسلک فائلیں</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>فائل منسلک کریں… (&amp;A)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>دیکھیں (&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>کاپی باہر محفوظ کریں… (&amp;X)</translation>
    </message>
    <message>
        <source>Remove the &amp;file</source>
        <translation>فائل ہٹائیں (&amp;F)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>&amp;Your notes about this case</source>
        <translation>اس کیس کے بارے میں آپ کے نوٹس (&amp;Y)</translation>
    </message>
    <message>
        <source>Your notes about this case</source>
        <translation>اس کیس کے بارے میں آپ کے نوٹس</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>نوٹس محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>{person}: {request}</source>
        <translation>‏{person}: {request}</translation>
    </message>
    <message>
        <source>Sent to {recipient}. Reference {reference}.</source>
        <translation>‏{recipient} کو بھیجا گیا۔ حوالہ نمبر {reference}۔</translation>
    </message>
    <message>
        <source>{status}: {time_left}</source>
        <translation>‏{status}: {time_left}</translation>
    </message>
    <message>
        <source>Change or remove the event that is wrong, and the dates will work again.</source>
        <translation>غلط واقعہ بدلیں یا ہٹا دیں، تو تاریخوں کا حساب دوبارہ ہونے لگے گا۔</translation>
    </message>
    <message>
        <source>There are no dates to work out until you send the letter.</source>
        <translation>جب تک آپ خط نہیں بھیجتے، حساب لگانے کے لیے کوئی تاریخ نہیں ہے۔</translation>
    </message>
    <message>
        <source>{title}: {date}</source>
        <translation>‏{title}: {date}</translation>
    </message>
    <message>
        <source>You haven&apos;t checked the answer of {date} yet. Select it and choose “Check this answer” to see whether it includes everything the law says it must.</source>
        <translation>آپ نے {date} والا جواب ابھی نہیں جانچا۔ اسے چنیں اور «یہ جواب جانچیں» دبائیں، تاکہ پتا چلے کہ اس میں وہ سب کچھ ہے یا نہیں جو قانون کے مطابق ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The answer of {date} includes everything the law lists.</source>
        <translation>‏{date} والے جواب میں وہ سب کچھ ہے جو قانون میں درج ہے۔</translation>
    </message>
    <message>
        <source>It left out things your letter asked for that the law doesn&apos;t require.</source>
        <translation>اس میں وہ چیزیں شامل نہیں جو آپ کے خط نے مانگی تھیں مگر قانون کے مطابق لازمی نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong fact(s)</source>
        <translation>
            <numerusform>‏%n غلط بات</numerusform>
            <numerusform>‏%n غلط باتیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer of {date} is missing %n item(s) the law says it must include and shows {wrong}.</source>
        <translation>
            <numerusform>‏{date} والے جواب میں قانون کے مطابق لازمی %n چیز موجود نہیں، اور اس میں {wrong} ہے۔</numerusform>
            <numerusform>‏{date} والے جواب میں قانون کے مطابق لازمی %n چیزیں موجود نہیں، اور اس میں {wrong} ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer of {date} is missing %n item(s) the law says it must include.</source>
        <translation>
            <numerusform>‏{date} والے جواب میں قانون کے مطابق لازمی %n چیز موجود نہیں۔</numerusform>
            <numerusform>‏{date} والے جواب میں قانون کے مطابق لازمی %n چیزیں موجود نہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer of {date} shows %n wrong fact(s).</source>
        <translation>
            <numerusform>‏{date} والے جواب میں %n غلط بات ہے۔</numerusform>
            <numerusform>‏{date} والے جواب میں %n غلط باتیں ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t remove that</source>
        <translation>اسے ہٹایا نہیں جا سکتا</translation>
    </message>
    <message>
        <source>Scans, photos, PDFs and emails ({patterns});;All files (*)</source>
        <translation>اسکین، تصویریں، PDF اور ای میلز ({patterns});;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>فائلیں منسلک کریں</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>‏%n فائل منسلک ہو گئی۔</numerusform>
            <numerusform>‏%n فائلیں منسلک ہو گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>The copy could not be saved there ({reason}). Choose another folder.</source>
        <translation>کاپی وہاں محفوظ نہیں ہو سکی ({reason})۔ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <source>Saved a copy as {path}. That copy is not protected by npdrights.</source>
        <translation>کاپی {path} کے نام سے محفوظ ہو گئی۔ npdrights اس کاپی کی حفاظت نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Remove “{name}” from this case? This can&apos;t be undone.</source>
        <translation>اس کیس سے «{name}» ہٹا دیں؟ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Remove this file?</source>
        <translation>یہ فائل ہٹا دیں؟</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>نوٹس محفوظ ہو گئے۔</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>All cases</source>
        <translation>تمام کیس</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>کارروائی درکار ہے</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>جواب کا انتظار ہے</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>مقررہ تاریخ گزر گئی</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
</context>
<context>
    <name>CaseKinds</name>
    <message>
        <source>What the DfE holds</source>
        <translation>DfE کے پاس کیا ہے</translation>
    </message>
    <message>
        <source>Learning record (LRS)</source>
        <translation>تعلیمی ریکارڈ (LRS)</translation>
    </message>
    <message>
        <source>What a school or council holds</source>
        <translation>اسکول یا کونسل کے پاس کیا ہے</translation>
    </message>
    <message>
        <source>Stop DfE sharing</source>
        <translation>DfE کی شیئرنگ روکیں</translation>
    </message>
    <message>
        <source>Correct wrong data</source>
        <translation>غلط ڈیٹا درست کروائیں</translation>
    </message>
    <message>
        <source>Delete data</source>
        <translation>ڈیٹا حذف کروائیں</translation>
    </message>
    <message>
        <source>Restrict the use of data</source>
        <translation>ڈیٹا کا استعمال محدود کروائیں</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Dates need checking</source>
        <translation>تاریخیں جانچنی ہیں</translation>
    </message>
    <message>
        <source>Working out…</source>
        <translation>حساب ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>آج آخری تاریخ ہے</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>باقی وقت</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>بھیجا گیا</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>کس کو بھیجا</translation>
    </message>
    <message>
        <source>npdrights is still working out this case&apos;s dates.</source>
        <translation>‏npdrights ابھی اس کیس کی تاریخوں کا حساب لگا رہا ہے۔</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>‏{status}، تاریخ گزر گئی</translation>
    </message>
</context>
<context>
    <name>CaseSaving</name>
    <message>
        <source>The case this letter follows is no longer in your vault, so it can&apos;t be added to it.</source>
        <translation>جس کیس سے یہ خط جڑا ہے وہ اب آپ کے محفوظ خانے میں نہیں ہے، اس لیے خط اس میں شامل نہیں ہو سکتا۔</translation>
    </message>
</context>
<context>
    <name>CaseStatuses</name>
    <message>
        <source>Not sent yet</source>
        <translation>ابھی نہیں بھیجا</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>جواب کا انتظار ہے</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>وصولی کی تصدیق ہو گئی</translation>
    </message>
    <message>
        <source>Proof of identity asked for</source>
        <translation>شناخت کا ثبوت مانگا گیا</translation>
    </message>
    <message>
        <source>Clarification asked for</source>
        <translation>وضاحت مانگی گئی</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>آخری تاریخ بڑھا دی گئی</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>مقررہ تاریخ گزر گئی</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>جواب مل گیا</translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation>جزوی جواب ملا</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>انکار کر دیا گیا</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>اعتراض مان لیا گیا</translation>
    </message>
    <message>
        <source>Objection rejected</source>
        <translation>اعتراض رد کر دیا گیا</translation>
    </message>
    <message>
        <source>Complaint made</source>
        <translation>شکایت کی گئی</translation>
    </message>
    <message>
        <source>With the ICO</source>
        <translation>‏ICO کے پاس</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
</context>
<context>
    <name>CaseSummaries</name>
    <message>
        <source>{event} on {date}.</source>
        <translation>‏{date} کو {event}۔</translation>
    </message>
    <message>
        <source>Drafted on {date}. Not sent yet.</source>
        <translation>‏{date} کو مسودہ بنا۔ ابھی نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>ابھی نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>Sent on {date}. {Body} must answer by {due}.</source>
        <translation>‏{date} کو بھیجا گیا۔ {Body} کو {due} تک جواب دینا ہے۔</translation>
    </message>
    <message>
        <source>{body} acknowledged your letter on {date}. It must answer by {due}.</source>
        <translation>‏{body} نے {date} کو آپ کا خط ملنے کی تصدیق کی۔ اسے {due} تک جواب دینا ہے۔</translation>
    </message>
    <message>
        <source>{body} extended its deadline on {date}. It must answer by {due}.</source>
        <translation>‏{body} نے {date} کو اپنی آخری تاریخ بڑھا دی۔ اسے {due} تک جواب دینا ہے۔</translation>
    </message>
    <message>
        <source>{body} asked for proof of identity on {date}. Its month starts again when your proof reaches it.</source>
        <translation>‏{body} نے {date} کو شناخت کا ثبوت مانگا۔ آپ کا ثبوت پہنچنے پر اس کا مہینہ دوبارہ شروع ہوگا۔</translation>
    </message>
    <message>
        <source>{body} asked you to clarify on {date}. Its clock is paused until your answer reaches it.</source>
        <translation>‏{body} نے {date} کو آپ سے وضاحت مانگی۔ آپ کا جواب پہنچنے تک اس کا وقت رکا ہوا ہے۔</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due by {due} and hasn&apos;t arrived.</source>
        <translation>‏{body} کا جواب {due} تک آنا تھا اور نہیں آیا۔</translation>
    </message>
    <message>
        <source>You complained to {body} on {date}. It must acknowledge your complaint by {acknowledge_by}.</source>
        <translation>آپ نے {date} کو {body} سے شکایت کی۔ اسے {acknowledge_by} تک آپ کی شکایت ملنے کی تصدیق کرنی ہے۔</translation>
    </message>
    <message>
        <source>You complained to {body} on {date}.</source>
        <translation>آپ نے {date} کو {body} سے شکایت کی۔</translation>
    </message>
    <message>
        <source>Closed on {date}.</source>
        <translation>‏{date} کو بند کیا گیا۔</translation>
    </message>
    <message>
        <source>{event} The rest was due by {due}.</source>
        <translation>‏{event} باقی جواب {due} تک آنا تھا۔</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases that need action</source>
        <translation>وہ کیس جن پر کارروائی درکار ہے</translation>
    </message>
    <message>
        <source>Cases waiting for an answer</source>
        <translation>وہ کیس جن کے جواب کا انتظار ہے</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>وہ کیس جن کی تاریخ گزر گئی</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>بند کیس</translation>
    </message>
    <message>
        <source>Your cases</source>
        <translation>آپ کے کیس</translation>
    </message>
    <message>
        <source>&amp;Start a new request</source>
        <translation>نئی درخواست شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;People and families…</source>
        <translation>افراد اور خاندان… (&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;deadlines to a calendar…</source>
        <translation>آخری تاریخیں کیلنڈر میں بھیجیں… (&amp;D)</translation>
    </message>
    <message>
        <source>Name, organisation or reference</source>
        <translation>نام، ادارہ یا حوالہ نمبر</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>کیس تلاش کریں</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>تلاش (&amp;R)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>دکھائیں (&amp;W)</translation>
    </message>
    <message>
        <source>Whose cases</source>
        <translation>کس کے کیس</translation>
    </message>
    <message>
        <source>W&amp;hose</source>
        <translation>کس کے (&amp;H)</translation>
    </message>
    <message>
        <source>Working out your cases&apos; dates</source>
        <translation>آپ کے کیسوں کی تاریخوں کا حساب</translation>
    </message>
    <message>
        <source>Working out your cases&apos; dates: %p%</source>
        <translation>آپ کے کیسوں کی تاریخوں کا حساب: %p%</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>ابھی کام جاری ہے</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <source>How many cases are shown</source>
        <translation>کتنے کیس دکھائے جا رہے ہیں</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n case(s).</source>
        <translation>
            <numerusform>‏%n میں سے {shown} کیس دکھائے جا رہے ہیں۔</numerusform>
            <numerusform>‏%n میں سے {shown} کیس دکھائے جا رہے ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>‏%n کیس۔</numerusform>
            <numerusform>‏%n کیس۔</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights is still working out your cases&apos; dates. {what} will show here when that is done.</source>
        <translation>‏npdrights ابھی آپ کے کیسوں کی تاریخوں کا حساب لگا رہا ہے۔ یہ مکمل ہونے پر یہاں دکھائی دیں گے: {what}۔</translation>
    </message>
</context>
<context>
    <name>ChangeEvent</name>
    <message>
        <source>record “{event}”</source>
        <translation>درج کرنا: «{event}»</translation>
    </message>
    <message>
        <source>remove “{event}”</source>
        <translation>ہٹانا: «{event}»</translation>
    </message>
    <message>
        <source>change “{event}”</source>
        <translation>بدلنا: «{event}»</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>پاس فریز بدلیں</translation>
    </message>
    <message>
        <source>Your cases are not re-encrypted: only the lock on the key changes, so this is quick. Your recovery code keeps working.</source>
        <translation>آپ کے کیس دوبارہ خفیہ نہیں کیے جاتے: صرف چابی کا تالا بدلتا ہے، اس لیے یہ جلدی ہو جاتا ہے۔ آپ کا ریکوری کوڈ کام کرتا رہے گا۔</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>موجودہ پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>موجودہ پاس فریز (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>نیا پاس فریز (&amp;N)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>دوبارہ ٹائپ کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Current passphrase: type the one you use now.</source>
        <translation>موجودہ پاس فریز: وہ ٹائپ کریں جو آپ ابھی استعمال کرتے ہیں۔</translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation>نیا پاس فریز: کم از کم {count} حروف استعمال کریں۔</translation>
    </message>
    <message>
        <source>Type it again: the two new passphrases are different.</source>
        <translation>دوبارہ ٹائپ کریں: دونوں نئے پاس فریز مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check a backup file</source>
        <translation>بیک اپ فائل جانچیں</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>جانچیں (&amp;C)</translation>
    </message>
    <message>
        <source>This reads the whole backup file and checks every part of it, exactly as restoring it would, but changes nothing in your vault.</source>
        <translation>یہ پوری بیک اپ فائل پڑھ کر اس کا ہر حصہ بالکل اسی طرح جانچتا ہے جیسے بحال کرتے وقت، لیکن آپ کے محفوظ خانے میں کچھ نہیں بدلتا۔</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>بیک اپ فائل</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>بیک اپ فائل (&amp;F)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>بیک اپ کا پاس فریز</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>بیک اپ کا پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation>بیک اپ فائل چنیں اور اس کا پاس فریز ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>بیک اپ جانچا جا رہا ہے…</translation>
    </message>
    <message>
        <source>This backup is complete and undamaged.</source>
        <translation>یہ بیک اپ مکمل اور درست ہے۔</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Check the answer</source>
        <translation>جواب جانچیں</translation>
    </message>
    <message>
        <source>The law says the answer from {body} must include each of these, except the record of releases, which your letter asked for as well. Tick the ones it sent you. Anything you leave unticked can go into a reminder asking for it.</source>
        <translation>قانون کہتا ہے کہ {body} کے جواب میں ان میں سے ہر چیز ہونی چاہیے، سوائے ڈیٹا دینے کے ریکارڈ کے، جو آپ کے خط نے بھی مانگا تھا۔ جو چیزیں اس نے بھیجیں انہیں منتخب کریں۔ جو آپ خالی چھوڑیں گے وہ یاد دہانی میں مانگی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <source>What the answer included</source>
        <translation>جواب میں کیا شامل تھا</translation>
    </message>
    <message>
        <source>Anything it has wrong</source>
        <translation>اس میں جو کچھ غلط ہے</translation>
    </message>
    <message>
        <source>If the answer shows something wrong about the child or you (a date of birth, a school, a record of an exclusion), note it here. It goes into a request to correct it.</source>
        <translation>اگر جواب میں بچے یا آپ کے بارے میں کچھ غلط ہو (تاریخ پیدائش، اسکول، اخراج کا ریکارڈ)، تو اسے یہاں لکھیں۔ یہ درستی کی درخواست میں جائے گا۔</translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation>غلط حقائق</translation>
    </message>
    <message>
        <source>&amp;Wrong facts</source>
        <translation>غلط حقائق (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Add a wrong fact</source>
        <translation>غلط حقیقت شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the selected one</source>
        <translation>منتخب والا ہٹائیں (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <source>{days} days counted from {start}, the day after it got your complaint</source>
        <translation>{start} سے گنے گئے {days} دن، یعنی شکایت ملنے کے اگلے دن سے</translation>
    </message>
    <message>
        <source>{count}, moved past {days_off}</source>
        <translation>{count}، اور {days_off} کی وجہ سے تاریخ آگے بڑھ گئی</translation>
    </message>
    <message>
        <source>{Body} must acknowledge your complaint by {due}: {count}. This is how the ICO counts the {days} days; counted from the day it got your complaint, they could end a day sooner.</source>
        <translation>شکایت ملنے کی تصدیق کی آخری تاریخ {due} ہے، جب تک {Body} کو بتانا ہے کہ آپ کی شکایت مل گئی: {count}۔ ICO یہ {days} دن اسی طرح گنتا ہے؛ اگر شکایت ملنے کے دن سے گنا جائے تو یہ مدت ایک دن پہلے ختم ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>There was no legal duty to acknowledge complaints received before {duty_starts}. As a fair guide, {body} should have replied by {due}: {count}.</source>
        <translation>{duty_starts} سے پہلے ملنے والی شکایات کی تصدیق کرنا قانونی طور پر ضروری نہیں تھا۔ اندازے کے طور پر، {body} کو {due} تک جواب دے دینا چاہیے تھا: {count}۔</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Who signs, and what goes in the envelope</source>
        <translation>کون دستخط کرے، اور لفافے میں کیا جائے</translation>
    </message>
    <message>
        <source>The rights belong to the child. The law has no fixed age in England, but the ICO (the regulator) says around 12 is a reasonable guide to when a child can decide for themselves. npdrights gives advice: it never stops you sending a letter.</source>
        <translation>یہ حقوق بچے کے ہیں۔ انگلینڈ میں قانون کوئی مقررہ عمر نہیں رکھتا، مگر ICO (نگران ادارہ) کہتا ہے کہ تقریباً 12 سال یہ جاننے کے لیے مناسب رہنما ہے کہ بچہ کب خود فیصلہ کر سکتا ہے۔ npdrights صرف مشورہ دیتا ہے: یہ آپ کو خط بھیجنے سے کبھی نہیں روکتا۔</translation>
    </message>
    <message>
        <source>Child {number}</source>
        <translation>بچہ {number}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>آپ</translation>
    </message>
    <message>
        <source>Your child</source>
        <translation>آپ کا بچہ</translation>
    </message>
    <message>
        <source>{name} agrees to me asking, and will sign the authority form</source>
        <translation>‏{name} میرے پوچھنے پر راضی ہے، اور اجازت نامے پر دستخط کرے گا</translation>
    </message>
    <message>
        <source>your child</source>
        <translation>آپ کا بچہ</translation>
    </message>
    <message>
        <source>In the envelope: the letter and the authority form, signed by {signer}.</source>
        <translation>لفافے میں: خط اور اجازت نامہ، جس پر {signer} کے دستخط ہوں۔</translation>
    </message>
    <message>
        <source>In the envelope: the letter only.</source>
        <translation>لفافے میں: صرف خط۔</translation>
    </message>
    <message>
        <source>If {name} doesn&apos;t agree, untick the box above: then only the letter goes.</source>
        <translation>اگر {name} راضی نہیں، تو اوپر والا خانہ خالی کر دیں: پھر صرف خط جائے گا۔</translation>
    </message>
    <message>
        <source>If {name} agrees, tick the box above: then the authority form for {name} to sign goes too.</source>
        <translation>اگر {name} راضی ہے، تو اوپر والا خانہ منتخب کریں: پھر {name} کے دستخط کے لیے اجازت نامہ بھی جائے گا۔</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>npdrights hit a problem</source>
        <translation>npdrights کو ایک مسئلہ پیش آیا</translation>
    </message>
    <message>
        <source>npdrights hit an internal error: a fault in npdrights, not in what you did. What you had saved is safe; please try again, and report it if it happens again.</source>
        <translation>npdrights میں اندرونی خرابی ہو گئی: یہ npdrights کی غلطی ہے، آپ کی نہیں۔ جو کچھ آپ نے محفوظ کیا تھا وہ محفوظ ہے۔ دوبارہ کوشش کریں، اور اگر پھر ایسا ہو تو اس کی اطلاع دیں۔</translation>
    </message>
    <message>
        <source>npdrights hit an internal error: a fault in npdrights, not in what you did. What you had saved is safe; please try again, and report it if it happens again. The details for a bug report (no personal data in them) are in {details}.</source>
        <translation>npdrights میں اندرونی خرابی ہو گئی: یہ npdrights کی غلطی ہے، آپ کی نہیں۔ جو کچھ آپ نے محفوظ کیا تھا وہ محفوظ ہے۔ دوبارہ کوشش کریں، اور اگر پھر ایسا ہو تو اس کی اطلاع دیں۔ خرابی کی اطلاع کے لیے تفصیلات (ان میں کوئی ذاتی معلومات نہیں) یہاں ہیں: {details}</translation>
    </message>
</context>
<context>
    <name>CreateVaultView</name>
    <message>
        <source>Create your vault</source>
        <translation>اپنا محفوظ خانہ بنائیں</translation>
    </message>
    <message>
        <source>npdrights keeps your letters and cases in a vault on this computer. The vault is locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>npdrights آپ کے خطوط اور کیس اس کمپیوٹر پر ایک محفوظ خانے میں رکھتا ہے۔ یہ محفوظ خانہ ایک پاس فریز سے بند ہوتا ہے جو صرف آپ جانتے ہیں۔ انٹرنیٹ پر کچھ نہیں بھیجا جاتا۔</translation>
    </message>
    <message>
        <source>Choose a passphrase you will remember: four or more ordinary words work well, for example “{example}” (but choose your own). You will type it each time you open npdrights.</source>
        <translation>ایسا پاس فریز چنیں جو آپ کو یاد رہے: چار یا زیادہ عام الفاظ اچھا کام کرتے ہیں، مثلاً “{example}” (لیکن اپنے الفاظ چنیں)۔ npdrights کھولتے وقت آپ ہر بار اسے ٹائپ کریں گے۔</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>دوبارہ ٹائپ کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>پاس فریز کی مضبوطی</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>اس کمپیوٹر پر یاد رکھیں (&amp;R)</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>اس کمپیوٹر پر یاد رکھیں</translation>
    </message>
    <message>
        <source>Lets npdrights open without your passphrase while you are logged in to this computer, using its keychain. Only tick this if nobody else uses your login on this computer.</source>
        <translation>جب تک آپ اس کمپیوٹر پر لاگ اِن ہیں، npdrights اس کی کی چین کے ذریعے آپ کے پاس فریز کے بغیر کھل جاتا ہے۔ اسے صرف تب منتخب کریں جب اس کمپیوٹر پر آپ کا لاگ اِن کوئی اور استعمال نہ کرتا ہو۔</translation>
    </message>
    <message>
        <source>Next you will get a recovery code. It is the only way back in if you forget your passphrase.</source>
        <translation>اس کے بعد آپ کو ایک ریکوری کوڈ ملے گا۔ اگر آپ اپنا پاس فریز بھول جائیں تو واپس اندر آنے کا یہی واحد راستہ ہے۔</translation>
    </message>
    <message>
        <source>Creating your vault</source>
        <translation>آپ کا محفوظ خانہ بن رہا ہے</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>محفوظ خانہ بنائیں (&amp;C)</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>محفوظ خانہ بنائیں</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup file instead…</source>
        <translation>اس کے بجائے بیک اپ فائل سے بحال کریں… (&amp;B)</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>بیک اپ فائل سے بحال کریں</translation>
    </message>
    <message>
        <source>Passphrase: use at least {count} characters.</source>
        <translation>پاس فریز: کم از کم {count} حروف استعمال کریں۔</translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation>دوبارہ ٹائپ کریں: دونوں پاس فریز مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{field}: day</source>
        <translation>‏{field}: دن</translation>
    </message>
    <message>
        <source>{field}: month</source>
        <translation>‏{field}: مہینہ</translation>
    </message>
    <message>
        <source>{field}: year</source>
        <translation>‏{field}: سال</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>write the year with 4 digits, for example 2013</source>
        <translation>سال 4 ہندسوں میں لکھیں، مثلاً 2013</translation>
    </message>
    <message>
        <source>write a year from {first} to {last}</source>
        <translation>‏{first} سے {last} تک کا کوئی سال لکھیں</translation>
    </message>
    <message>
        <source>not a real date: check the day and the month</source>
        <translation>یہ اصل تاریخ نہیں: دن اور مہینہ جانچیں</translation>
    </message>
</context>
<context>
    <name>DaysOff</name>
    <message>
        <source>the weekend</source>
        <translation>ہفتہ وار چھٹی</translation>
    </message>
    <message>
        <source>the weekend of {day}</source>
        <translation>{day} والی ہفتہ وار چھٹی</translation>
    </message>
    <message>
        <source>the bank holiday on {days}</source>
        <translation>{days} کی سرکاری چھٹی</translation>
    </message>
    <message>
        <source>the bank holidays on {days}</source>
        <translation>{days} کی سرکاری چھٹیاں</translation>
    </message>
    <message>
        <source>{day} ({holiday})</source>
        <translation>{day} ({holiday})</translation>
    </message>
    <message>
        <source>substitute day for {holiday}</source>
        <translation>{holiday} کی متبادل چھٹی</translation>
    </message>
    <message>
        <source>{earlier}, {next}</source>
        <translation>{earlier}، {next}</translation>
    </message>
    <message>
        <source>{earlier} and {last}</source>
        <translation>{earlier} اور {last}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>When it got your letter</source>
        <translation>آپ کا خط کب ملا</translation>
    </message>
    <message>
        <source>When it must answer</source>
        <translation>جواب کی آخری تاریخ</translation>
    </message>
    <message>
        <source>When it should reply to your reminder</source>
        <translation>یاد دہانی کے جواب کی تاریخ</translation>
    </message>
    <message>
        <source>When it got your complaint</source>
        <translation>آپ کی شکایت کب ملی</translation>
    </message>
    <message>
        <source>When it must acknowledge your complaint</source>
        <translation>شکایت کی وصولی کی تصدیق کی آخری تاریخ</translation>
    </message>
</context>
<context>
    <name>DraftTitles</name>
    <message>
        <source>{journey}: {about}</source>
        <translation>{journey}: {about}</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>An unfinished letter npdrights can&apos;t open</source>
        <translation>ایک ادھورا خط جسے npdrights نہیں کھول سکتا</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Unfinished letters</source>
        <translation>نامکمل خطوط</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Unfinished letters (%n draft(s))&lt;/b&gt; — kept locked in your vault. Nothing has been sent.</source>
        <translation>
            <numerusform>‏&lt;b&gt;نامکمل خطوط (%n مسودہ)&lt;/b&gt; — آپ کے محفوظ خانے میں بند۔ کچھ بھی نہیں بھیجا گیا۔</numerusform>
            <numerusform>‏&lt;b&gt;نامکمل خطوط (%n مسودے)&lt;/b&gt; — آپ کے محفوظ خانے میں بند۔ کچھ بھی نہیں بھیجا گیا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: {title} (kept {when})</source>
        <translation>مسودہ: {title} ({when} کو رکھا گیا)</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Carry on with the draft {title}</source>
        <translation>مسودہ {title} جاری رکھیں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Delete the draft {title}</source>
        <translation>مسودہ {title} حذف کریں</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Or drag files here to attach them.</source>
        <translation>یا فائلیں منسلک کرنے کے لیے انہیں یہاں گھسیٹ لائیں۔</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>فائلیں منسلک کرنے کے لیے یہاں چھوڑیں</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>Due soon and overdue</source>
        <translation>جلد آنے والی اور گزری ہوئی تاریخیں</translation>
    </message>
    <message>
        <source>Show &amp;overdue cases</source>
        <translation>تاریخ گزرے کیس دکھائیں (&amp;O)</translation>
    </message>
    <message>
        <source>Show cases that &amp;need action</source>
        <translation>کارروائی والے کیس دکھائیں (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Hide this</source>
        <translation>یہ چھپائیں (&amp;H)</translation>
    </message>
    <message>
        <source>Nothing is overdue or due in the next week.</source>
        <translation>نہ کسی کی تاریخ گزری ہے، نہ اگلے ہفتے کوئی تاریخ ہے۔</translation>
    </message>
    <message>
        <source>{only}.</source>
        <translation>‏{only}۔</translation>
    </message>
    <message>
        <source>{first} and {second}.</source>
        <translation>‏{first} اور {second}۔</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}.</source>
        <translation>‏{first}، {second} اور {third}۔</translation>
    </message>
</context>
<context>
    <name>EmptyCases</name>
    <message>
        <source>Your cases</source>
        <translation>آپ کے کیس</translation>
    </message>
    <message>
        <source>You have no cases yet. A case starts when you ask the Department for Education, or a school or council, what it holds about a child or about you, or ask it to stop sharing or to correct something.</source>
        <translation>ابھی آپ کا کوئی کیس نہیں ہے۔ کیس تب شروع ہوتا ہے جب آپ محکمۂ تعلیم (DfE)، کسی اسکول یا کونسل سے پوچھتے ہیں کہ اس کے پاس کسی بچے یا آپ کے بارے میں کیا ہے، یا اس سے شیئرنگ روکنے یا کچھ درست کرنے کو کہتے ہیں۔</translation>
    </message>
    <message>
        <source>npdrights writes the letter for you, works out when the answer is due, and reminds you what to do next. Everything stays on this computer.</source>
        <translation>npdrights آپ کے لیے خط لکھتا ہے، حساب لگاتا ہے کہ جواب کب تک آنا چاہیے، اور یاد دلاتا ہے کہ آگے کیا کرنا ہے۔ سب کچھ اسی کمپیوٹر پر رہتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Start a new request</source>
        <translation>نئی درخواست شروع کریں (&amp;S)</translation>
    </message>
</context>
<context>
    <name>Enclosures</name>
    <message>
        <source>The pupil&apos;s signed authority for a parent or carer to ask for them</source>
        <translation>طالب علم کا دستخط شدہ اجازت نامہ کہ والدین یا سرپرست اس کی طرف سے پوچھیں</translation>
    </message>
    <message>
        <source>A parent&apos;s or carer&apos;s statement that they are acting for their child</source>
        <translation>والدین یا سرپرست کا بیان کہ وہ اپنے بچے کی طرف سے قدم اٹھا رہے ہیں</translation>
    </message>
    <message>
        <source>A signed authority for an adviser to act</source>
        <translation>مشیر کو قدم اٹھانے کا دستخط شدہ اجازت نامہ</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Change what happened</source>
        <translation>جو ہوا اسے بدلیں</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>جو ہوا اسے درج کریں</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>کیا ہوا (&amp;W)</translation>
    </message>
    <message>
        <source>{event}.</source>
        <translation>‏{event}۔</translation>
    </message>
    <message>
        <source>A reference</source>
        <translation>حوالہ نمبر</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>نوٹ</translation>
    </message>
</context>
<context>
    <name>EventFields</name>
    <message>
        <source>Proof of posting reference (optional)</source>
        <translation>ڈاک کے ثبوت کا نمبر (اختیاری)</translation>
    </message>
    <message>
        <source>Their reference (optional)</source>
        <translation>ان کا حوالہ نمبر (اختیاری)</translation>
    </message>
    <message>
        <source>What they said (optional)</source>
        <translation>انہوں نے کیا کہا (اختیاری)</translation>
    </message>
    <message>
        <source>What they asked for (optional)</source>
        <translation>انہوں نے کیا مانگا (اختیاری)</translation>
    </message>
    <message>
        <source>What they asked (optional)</source>
        <translation>انہوں نے کیا پوچھا (اختیاری)</translation>
    </message>
    <message>
        <source>The reasons they gave (optional)</source>
        <translation>ان کی بتائی ہوئی وجوہات (اختیاری)</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>نوٹس (اختیاری)</translation>
    </message>
    <message>
        <source>The ICO&apos;s case reference</source>
        <translation>‏ICO کا کیس حوالہ نمبر</translation>
    </message>
    <message>
        <source>What the ICO decided (optional)</source>
        <translation>‏ICO نے کیا فیصلہ کیا (اختیاری)</translation>
    </message>
    <message>
        <source>Why you closed it (optional)</source>
        <translation>آپ نے اسے کیوں بند کیا (اختیاری)</translation>
    </message>
    <message>
        <source>{field}: type the day, month and year.</source>
        <translation>‏{field}: دن، مہینہ اور سال لکھیں۔</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>‏{field}: {problem}۔</translation>
    </message>
    <message>
        <source>{field}: that date is in the future. Only record things that have happened.</source>
        <translation>‏{field}: یہ تاریخ مستقبل کی ہے۔ صرف وہی درج کریں جو ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>تاریخ (&amp;D)</translation>
    </message>
    <message>
        <source>How you sent it</source>
        <translation>آپ نے کیسے بھیجا</translation>
    </message>
    <message>
        <source>&amp;How you sent it</source>
        <translation>آپ نے کیسے بھیجا (&amp;H)</translation>
    </message>
    <message>
        <source>I know the day it &amp;arrived</source>
        <translation>مجھے معلوم ہے کہ یہ کس دن پہنچا (&amp;A)</translation>
    </message>
    <message>
        <source>Day it arrived</source>
        <translation>پہنچنے کا دن</translation>
    </message>
    <message>
        <source>Day it a&amp;rrived</source>
        <translation>پہنچنے کا دن (&amp;R)</translation>
    </message>
    <message>
        <source> more months</source>
        <translation> مہینے مزید</translation>
    </message>
    <message>
        <source>How much more time it said it needs, in months</source>
        <translation>اس نے کتنا مزید وقت مانگا، مہینوں میں</translation>
    </message>
    <message>
        <source>How much more &amp;time it said it needs</source>
        <translation>اس نے کتنا مزید وقت مانگا (&amp;T)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (اختیاری)</translation>
    </message>
    <message>
        <source>Type {field}.</source>
        <translation>یہ لکھیں: {field}۔</translation>
    </message>
    <message>
        <source>The day it arrived can&apos;t be before the day you sent it. Check both dates.</source>
        <translation>پہنچنے کا دن بھیجنے کے دن سے پہلے نہیں ہو سکتا۔ دونوں تاریخیں جانچیں۔</translation>
    </message>
    <message>
        <source>The law allows at most {months} more months. The app still counts three months from the start, and you can say so in a complaint.</source>
        <translation>قانون زیادہ سے زیادہ {months} مہینے مزید کی اجازت دیتا ہے۔ ایپ پھر بھی شروع سے تین مہینے گنتی ہے، اور آپ یہ بات شکایت میں کہہ سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <source>You drafted the letter</source>
        <translation>آپ نے خط کا مسودہ بنایا</translation>
    </message>
    <message>
        <source>You sent the letter</source>
        <translation>آپ نے خط بھیجا</translation>
    </message>
    <message>
        <source>Your letter was delivered</source>
        <translation>آپ کا خط پہنچ گیا</translation>
    </message>
    <message>
        <source>{body} acknowledged your letter</source>
        <translation>‏{body} نے آپ کا خط ملنے کی تصدیق کی</translation>
    </message>
    <message>
        <source>{body} asked for proof of identity</source>
        <translation>‏{body} نے شناخت کا ثبوت مانگا</translation>
    </message>
    <message>
        <source>You sent proof of identity</source>
        <translation>آپ نے شناخت کا ثبوت بھیجا</translation>
    </message>
    <message>
        <source>{body} asked you to clarify your request</source>
        <translation>‏{body} نے آپ سے درخواست کی وضاحت مانگی</translation>
    </message>
    <message>
        <source>You sent your clarification</source>
        <translation>آپ نے وضاحت بھیجی</translation>
    </message>
    <message>
        <source>{body} said it needs more time</source>
        <translation>‏{body} نے کہا کہ اسے مزید وقت چاہیے</translation>
    </message>
    <message>
        <source>{body} answered in full</source>
        <translation>‏{body} نے پورا جواب دیا</translation>
    </message>
    <message>
        <source>{body} answered in part</source>
        <translation>‏{body} نے جزوی جواب دیا</translation>
    </message>
    <message>
        <source>{body} refused</source>
        <translation>‏{body} نے انکار کیا</translation>
    </message>
    <message>
        <source>{body} upheld your objection</source>
        <translation>‏{body} نے آپ کا اعتراض مان لیا</translation>
    </message>
    <message>
        <source>{body} rejected your objection</source>
        <translation>‏{body} نے آپ کا اعتراض رد کر دیا</translation>
    </message>
    <message>
        <source>You sent a reminder</source>
        <translation>آپ نے یاد دہانی بھیجی</translation>
    </message>
    <message>
        <source>You complained to {body}</source>
        <translation>آپ نے {body} سے شکایت کی</translation>
    </message>
    <message>
        <source>You complained to the ICO</source>
        <translation>آپ نے ICO سے شکایت کی</translation>
    </message>
    <message>
        <source>The ICO gave your complaint a reference</source>
        <translation>‏ICO نے آپ کی شکایت کو حوالہ نمبر دیا</translation>
    </message>
    <message>
        <source>The ICO told you its outcome</source>
        <translation>‏ICO نے آپ کو اپنا فیصلہ بتایا</translation>
    </message>
    <message>
        <source>You asked the ICO to review its outcome</source>
        <translation>آپ نے ICO سے فیصلے پر نظرِ ثانی کی درخواست کی</translation>
    </message>
    <message>
        <source>You closed the case</source>
        <translation>آپ نے کیس بند کیا</translation>
    </message>
</context>
<context>
    <name>EventNouns</name>
    <message>
        <source>The draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <source>Sending the letter</source>
        <translation>خط بھیجنا</translation>
    </message>
    <message>
        <source>The delivery</source>
        <translation>ترسیل</translation>
    </message>
    <message>
        <source>An acknowledgement</source>
        <translation>وصولی کی تصدیق</translation>
    </message>
    <message>
        <source>A request for proof of identity</source>
        <translation>شناخت کے ثبوت کی درخواست</translation>
    </message>
    <message>
        <source>Sending proof of identity</source>
        <translation>شناخت کا ثبوت بھیجنا</translation>
    </message>
    <message>
        <source>A request for clarification</source>
        <translation>وضاحت کی درخواست</translation>
    </message>
    <message>
        <source>Sending clarification</source>
        <translation>وضاحت بھیجنا</translation>
    </message>
    <message>
        <source>An extension</source>
        <translation>مدت میں توسیع</translation>
    </message>
    <message>
        <source>An answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>A part answer</source>
        <translation>جزوی جواب</translation>
    </message>
    <message>
        <source>A refusal</source>
        <translation>انکار</translation>
    </message>
    <message>
        <source>Upholding the objection</source>
        <translation>اعتراض ماننا</translation>
    </message>
    <message>
        <source>Rejecting the objection</source>
        <translation>اعتراض رد کرنا</translation>
    </message>
    <message>
        <source>A reminder</source>
        <translation>یاد دہانی</translation>
    </message>
    <message>
        <source>A complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>A complaint to the ICO</source>
        <translation>ICO سے شکایت</translation>
    </message>
    <message>
        <source>An ICO reference</source>
        <translation>ICO کا حوالہ نمبر</translation>
    </message>
    <message>
        <source>The ICO&apos;s outcome</source>
        <translation>ICO کا فیصلہ</translation>
    </message>
    <message>
        <source>Asking the ICO for a review</source>
        <translation>ICO سے نظرِ ثانی کی درخواست</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>کیس بند کرنا</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Back up to a file</source>
        <translation>فائل میں بیک اپ</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>بیک اپ لیں… (&amp;B)</translation>
    </message>
    <message>
        <source>A backup file holds your cases, letters and attachments, so you can restore them on this or another computer. It is locked with a passphrase of its own: choose one you will remember, or write it down and keep it apart from the file. Without it, nobody can open the backup.</source>
        <translation>بیک اپ فائل میں آپ کے کیس، خطوط اور منسلکات ہوتے ہیں، تاکہ آپ انہیں اس یا کسی اور کمپیوٹر پر بحال کر سکیں۔ یہ اپنے الگ پاس فریز سے بند ہوتی ہے: ایسا چنیں جو آپ کو یاد رہے، یا اسے لکھ کر فائل سے الگ رکھیں۔ اس کے بغیر کوئی بیک اپ نہیں کھول سکتا۔</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>کس کا بیک اپ لیں</translation>
    </message>
    <message>
        <source>&amp;What to back up</source>
        <translation>کس کا بیک اپ لیں (&amp;W)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>بیک اپ کا پاس فریز</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>بیک اپ کا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>بیک اپ کا پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>دوبارہ ٹائپ کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>بیک اپ اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>{name} already exists. Choose a new name: an old backup is never replaced.</source>
        <translation>{name} پہلے سے موجود ہے۔ نیا نام چنیں: پرانا بیک اپ کبھی تبدیل نہیں کیا جاتا۔</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged attachment(s) left out.</source>
        <translation>
            <numerusform>%n خراب منسلکہ چھوڑ دیا گیا۔</numerusform>
            <numerusform>%n خراب منسلکات چھوڑ دیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the backup as {path}.</source>
        <translation>بیک اپ {path} کے نام سے محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Keep it somewhere other than this computer, and keep its passphrase safe.</source>
        <translation>اسے اس کمپیوٹر کے علاوہ کسی اور جگہ رکھیں، اور اس کا پاس فریز محفوظ رکھیں۔</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>بیک اپ بن رہا ہے…</translation>
    </message>
    <message>
        <source>Back up the &amp;rest</source>
        <translation>باقی کا بیک اپ لیں (&amp;R)</translation>
    </message>
    <message>
        <source>Choose “Back up the rest” to do that.</source>
        <translation>ایسا کرنے کے لیے “باقی کا بیک اپ لیں” چنیں۔</translation>
    </message>
    <message>
        <source>{name} (case {reference})</source>
        <translation>{name} (کیس {reference})</translation>
    </message>
    <message>
        <source>{name} (case without a reference)</source>
        <translation>{name} (حوالہ نمبر کے بغیر کیس)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) in your vault damaged or missing, so not able to go into a backup: {listing}. Everything else can be backed up without them. Nothing has been written yet.</source>
        <translation>
            <numerusform>آپ کے محفوظ خانے میں %n منسلکہ خراب یا غائب ہے، اس لیے بیک اپ میں نہیں جا سکتا: {listing}۔ باقی سب کا بیک اپ اس کے بغیر لیا جا سکتا ہے۔ ابھی کچھ نہیں لکھا گیا۔</numerusform>
            <numerusform>آپ کے محفوظ خانے میں %n منسلکات خراب یا غائب ہیں، اس لیے بیک اپ میں نہیں جا سکتے: {listing}۔ باقی سب کا بیک اپ ان کے بغیر لیا جا سکتا ہے۔ ابھی کچھ نہیں لکھا گیا۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Who is asking</source>
        <translation>کون پوچھ رہا ہے</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>آپ کا پورا نام</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>آپ کا پتہ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>آپ کا ای میل پتہ</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>آپ کا ادارہ</translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation>یہ کس کے بارے میں ہے</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Unique Pupil Number (UPN)</source>
        <translation>طالب علم کا منفرد نمبر (UPN)</translation>
    </message>
    <message>
        <source>Former UPNs</source>
        <translation>پرانے UPN</translation>
    </message>
    <message>
        <source>Unique Learner Number (ULN)</source>
        <translation>سیکھنے والے کا منفرد نمبر (ULN)</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>اسکول</translation>
    </message>
    <message>
        <source>Who it goes to</source>
        <translation>کس کو جائے گا</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation>ادارے کا نام</translation>
    </message>
    <message>
        <source>Organisation&apos;s address</source>
        <translation>ادارے کا پتہ</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>آپ کی صورتحال</translation>
    </message>
    <message>
        <source>Your reasons in your own words</source>
        <translation>آپ کی وجوہات، آپ کے اپنے الفاظ میں</translation>
    </message>
    <message>
        <source>Why the data should be deleted</source>
        <translation>ڈیٹا کیوں حذف ہونا چاہیے</translation>
    </message>
    <message>
        <source>Why the use of the data should be restricted</source>
        <translation>ڈیٹا کا استعمال کیوں محدود ہونا چاہیے</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>کیا غلط ہے</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>کیا غلط ہوا</translation>
    </message>
    <message>
        <source>Educational record</source>
        <translation>تعلیمی ریکارڈ</translation>
    </message>
    <message>
        <source>What you want to do</source>
        <translation>آپ کیا کرنا چاہتے ہیں</translation>
    </message>
    <message>
        <source>Date you sent it</source>
        <translation>بھیجنے کی تاریخ</translation>
    </message>
    <message>
        <source>Your earlier letter</source>
        <translation>آپ کا پہلے والا خط</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>چنیں… (&amp;H)</translation>
    </message>
    <message>
        <source>Choose: {file}</source>
        <translation>چنیں: {file}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>asking the DfE what it holds</source>
        <translation>‏DfE سے پوچھنا کہ اس کے پاس کیا ہے</translation>
    </message>
    <message>
        <source>asking for the learning record</source>
        <translation>تعلیمی ریکارڈ کی درخواست</translation>
    </message>
    <message>
        <source>asking what the organisation holds</source>
        <translation>ادارے سے پوچھنا کہ اس کے پاس کیا ہے</translation>
    </message>
    <message>
        <source>objecting to the DfE sharing data</source>
        <translation>‏DfE کے ڈیٹا شیئر کرنے پر اعتراض</translation>
    </message>
    <message>
        <source>asking for corrections</source>
        <translation>درستی کی درخواست</translation>
    </message>
    <message>
        <source>asking for data to be deleted</source>
        <translation>ڈیٹا حذف کرنے کی درخواست</translation>
    </message>
    <message>
        <source>a reminder</source>
        <translation>یاد دہانی</translation>
    </message>
    <message>
        <source>a complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>a complaint to the ICO</source>
        <translation>‏ICO سے شکایت</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>محفوظ کریں اور بھیجیں</translation>
    </message>
    <message>
        <source>npdrights keeps a copy of the letter with the case, so you can print it again, and works out when the answer is due. The clock starts when you mark the letter as sent.</source>
        <translation>‏npdrights خط کی ایک کاپی کیس کے ساتھ رکھتا ہے، تاکہ آپ اسے دوبارہ پرنٹ کر سکیں، اور حساب لگاتا ہے کہ جواب کب تک آنا چاہیے۔ وقت تب شروع ہوتا ہے جب آپ خط کو بھیجا ہوا درج کریں۔</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>کیا محفوظ ہوگا</translation>
    </message>
    <message>
        <source>Have you sent it?</source>
        <translation>کیا آپ نے اسے بھیج دیا ہے؟</translation>
    </message>
    <message>
        <source>Not yet: I&apos;ll mark it as sent &amp;later, from the case</source>
        <translation>ابھی نہیں: میں بعد میں کیس سے اسے بھیجا ہوا درج کروں گا (&amp;L)</translation>
    </message>
    <message>
        <source>Yes, or I&apos;m sending it &amp;today</source>
        <translation>ہاں، یا میں اسے آج بھیج رہا ہوں (&amp;T)</translation>
    </message>
    <message>
        <source>Date the letter the day you sent it</source>
        <translation>خط پر وہ تاریخ ڈالیں جس دن آپ نے اسے بھیجا</translation>
    </message>
    <message>
        <source>When the answer is due</source>
        <translation>جواب کی آخری تاریخ</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>When you press Finish, npdrights adds {kind} to the case it follows, with the letter.</source>
        <translation>جب آپ «مکمل» دبائیں گے، npdrights متعلقہ کیس میں {kind} خط کے ساتھ شامل کر دے گا۔</translation>
    </message>
    <message>
        <source>you</source>
        <translation>آپ</translation>
    </message>
    <message numerus="yes">
        <source>When you press Finish, npdrights saves %n case(s) for {names}: {kind}, with the letter.</source>
        <translation>
            <numerusform>جب آپ «مکمل» دبائیں گے، npdrights {names} کے لیے %n کیس محفوظ کرے گا: {kind}، خط کے ساتھ۔</numerusform>
            <numerusform>جب آپ «مکمل» دبائیں گے، npdrights %n کیس محفوظ کرے گا، {names} میں سے ہر ایک کے لیے ایک: {kind}، خط کے ساتھ۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>ابھی تک کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>&amp;Date the letter {date} instead</source>
        <translation>اس کے بجائے خط پر {date} کی تاریخ ڈالیں (&amp;D)</translation>
    </message>
    <message>
        <source>The case&apos;s deadlines will be worked out again with this letter in its timeline.</source>
        <translation>اس خط کو کیس کی ٹائم لائن میں شامل کر کے کیس کی آخری تاریخوں کا دوبارہ حساب لگایا جائے گا۔</translation>
    </message>
    <message>
        <source>{arrival} So the answer is due by {date}. npdrights will remind you.</source>
        <translation>‏{arrival} اس لیے جواب {date} تک آنا چاہیے۔ npdrights آپ کو یاد دلائے گا۔</translation>
    </message>
    <message>
        <source>Date sent: {problem}</source>
        <translation>بھیجنے کی تاریخ: {problem}</translation>
    </message>
    <message>
        <source>type the day, month and year</source>
        <translation>دن، مہینہ اور سال لکھیں</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Asked the DfE what it holds</source>
        <translation>‏DfE سے پوچھا کہ اس کے پاس کیا ہے</translation>
    </message>
    <message>
        <source>Asked for the learning record (LRS)</source>
        <translation>تعلیمی ریکارڈ (LRS) مانگا</translation>
    </message>
    <message>
        <source>Asked a school or council what it holds</source>
        <translation>اسکول یا کونسل سے پوچھا کہ اس کے پاس کیا ہے</translation>
    </message>
    <message>
        <source>Objected to the DfE sharing data</source>
        <translation>‏DfE کے ڈیٹا شیئر کرنے پر اعتراض کیا</translation>
    </message>
    <message>
        <source>Asked for a correction</source>
        <translation>درستی کی درخواست کی</translation>
    </message>
    <message>
        <source>Asked for data to be deleted</source>
        <translation>ڈیٹا حذف کرنے کی درخواست کی</translation>
    </message>
    <message>
        <source>Asked for the use of data to be restricted</source>
        <translation>ڈیٹا کا استعمال محدود کرنے کی درخواست کی</translation>
    </message>
    <message>
        <source>What happened, and what do you want to do?</source>
        <translation>کیا ہوا، اور آپ کیا کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>A reminder or complaint must say which letter it follows, when you sent it and when the answer was due. npdrights works the dates out from your case, so you don&apos;t have to.</source>
        <translation>یاد دہانی یا شکایت میں بتانا ہوتا ہے کہ یہ کس خط کے بعد ہے، آپ نے وہ کب بھیجا، اور جواب کب تک آنا تھا۔ npdrights یہ تاریخیں آپ کے کیس سے نکال لیتا ہے، اس لیے آپ کو نہیں نکالنی پڑتیں۔</translation>
    </message>
    <message>
        <source>Which letter</source>
        <translation>کون سا خط</translation>
    </message>
    <message>
        <source>A letter I sent without npdrights</source>
        <translation>ایک خط جو میں نے npdrights کے بغیر بھیجا</translation>
    </message>
    <message>
        <source>&amp;Which letter</source>
        <translation>کون سا خط (&amp;W)</translation>
    </message>
    <message>
        <source>What has happened so far</source>
        <translation>اب تک کیا ہوا</translation>
    </message>
    <message>
        <source>Your earlier letter</source>
        <translation>آپ کا پہلے والا خط</translation>
    </message>
    <message>
        <source>Date you sent it</source>
        <translation>بھیجنے کی تاریخ</translation>
    </message>
    <message>
        <source>How you sent it</source>
        <translation>آپ نے اسے کیسے بھیجا</translation>
    </message>
    <message>
        <source>Reference on your letter (optional)</source>
        <translation>آپ کے خط پر حوالہ نمبر (اختیاری)</translation>
    </message>
    <message>
        <source>Their reference (optional)</source>
        <translation>ان کا حوالہ نمبر (اختیاری)</translation>
    </message>
    <message>
        <source>What it &amp;asked</source>
        <translation>اس میں کیا مانگا (&amp;A)</translation>
    </message>
    <message>
        <source>Date you &amp;sent it</source>
        <translation>بھیجنے کی تاریخ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;How you sent it</source>
        <translation>آپ نے اسے کیسے بھیجا (&amp;H)</translation>
    </message>
    <message>
        <source>Your r&amp;eference (optional)</source>
        <translation>آپ کا حوالہ نمبر، اختیاری (&amp;E)</translation>
    </message>
    <message>
        <source>Their re&amp;ference (optional)</source>
        <translation>ان کا حوالہ نمبر، اختیاری (&amp;F)</translation>
    </message>
    <message>
        <source>From any reply they sent.</source>
        <translation>ان کے بھیجے گئے کسی بھی جواب سے۔</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>آپ کیا کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>{person}: {request}, sent {date}</source>
        <translation>‏{person}: {request}، {date} کو بھیجا</translation>
    </message>
    <message>
        <source>Send a &amp;reminder</source>
        <translation>یاد دہانی بھیجیں (&amp;R)</translation>
    </message>
    <message>
        <source>A short, firm letter: it cites your letter, the date the answer was due and the rule. Takes 2 minutes.</source>
        <translation>ایک مختصر، مضبوط خط: اس میں آپ کے خط، جواب کی آخری تاریخ اور قاعدے کا حوالہ ہوتا ہے۔ 2 منٹ لگتے ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Complain to the organisation</source>
        <translation>ادارے سے شکایت کریں (&amp;C)</translation>
    </message>
    <message>
        <source>A formal complaint to its data protection officer, with a dated timeline. The law says it must acknowledge it within {days} days. Takes about 5 minutes.</source>
        <translation>ادارے کے ڈیٹا پروٹیکشن آفیسر کو باقاعدہ شکایت، تاریخوں والی ٹائم لائن کے ساتھ۔ قانون کہتا ہے کہ اسے {days} دن میں اس کی وصولی کی تصدیق کرنی ہوگی۔ تقریباً 5 منٹ لگتے ہیں۔</translation>
    </message>
    <message>
        <source>Complain to the &amp;ICO</source>
        <translation>‏ICO سے شکایت کریں (&amp;I)</translation>
    </message>
    <message>
        <source>The Information Commission (the ICO) is the regulator. It expects you to have sent a reminder and complained to the organisation first. You get a pack to copy into its online form: a summary, the timeline and what to attach. Takes about 10 minutes.</source>
        <translation>انفارمیشن کمیشن (ICO) نگران ادارہ ہے۔ وہ توقع کرتا ہے کہ آپ نے پہلے یاد دہانی بھیجی ہو اور ادارے سے شکایت کی ہو۔ آپ کو اس کے آن لائن فارم میں نقل کرنے کے لیے ایک پیکٹ ملتا ہے: خلاصہ، ٹائم لائن، اور کیا منسلک کرنا ہے۔ تقریباً 10 منٹ لگتے ہیں۔</translation>
    </message>
    <message>
        <source>Ask for correc&amp;tions</source>
        <translation>درستی کی درخواست کریں (&amp;T)</translation>
    </message>
    <message>
        <source>If the answer shows something wrong, ask for it to be put right. This starts a new case with its own deadline.</source>
        <translation>اگر جواب میں کچھ غلط نظر آئے تو اسے درست کرنے کی درخواست کریں۔ اس سے ایک نیا کیس اپنی آخری تاریخ کے ساتھ شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>You sent it on {date}, reference {reference}.</source>
        <translation>آپ نے یہ {date} کو بھیجا، حوالہ نمبر {reference}۔</translation>
    </message>
    <message>
        <source>Date you sent it: {problem}</source>
        <translation>بھیجنے کی تاریخ: {problem}</translation>
    </message>
</context>
<context>
    <name>HowThisWorksDialog</name>
    <message>
        <source>How npdrights works</source>
        <translation>npdrights کیسے کام کرتا ہے</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>IcoRules</name>
    <message>
        <source>The ICO expects your complaint by {closes}: three months after your last contact with {body} on {last_contact}. It makes sense to wait until {earliest}, so {body} has had its chance to put things right, but the ICO accepts complaints at any time.</source>
        <translation>آپ کی شکایت ICO کو {closes} تک مل جانی چاہیے: یعنی {last_contact} کو {body} سے آپ کے آخری رابطے کے تین مہینے بعد۔ بہتر ہے کہ {earliest} تک انتظار کریں، تاکہ {body} کو معاملہ ٹھیک کرنے کا موقع مل جائے، لیکن ICO کسی بھی وقت شکایت لے لیتا ہے۔</translation>
    </message>
    <message>
        <source>The ICO expects your complaint by {closes}: three months after your last contact with {body} on {last_contact}. That is before {earliest}, when you&apos;d normally be ready to complain. The ICO accepts complaints at any time, so complain as soon as you can and explain the dates.</source>
        <translation>آپ کی شکایت ICO کو {closes} تک مل جانی چاہیے: یعنی {last_contact} کو {body} سے آپ کے آخری رابطے کے تین مہینے بعد۔ یہ تاریخ {earliest} سے پہلے ہے، جب عام طور پر آپ شکایت کے لیے تیار ہوتے۔ ICO کسی بھی وقت شکایت لے لیتا ہے، اس لیے جتنی جلدی ہو سکے شکایت کریں اور تاریخوں کی وضاحت کر دیں۔</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Your answers stay on this computer. Nothing is saved until you press Finish, and then only in your locked vault.</source>
        <translation>آپ کے جوابات اسی کمپیوٹر پر رہتے ہیں۔ جب تک آپ «مکمل» نہ دبائیں کچھ محفوظ نہیں ہوتا، اور پھر صرف آپ کے بند محفوظ خانے میں۔</translation>
    </message>
    <message>
        <source>Why we ask this</source>
        <translation>ہم یہ کیوں پوچھتے ہیں</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>کیا غلط ہے</translation>
    </message>
    <message>
        <source>What still needs an answer</source>
        <translation>کس بات کا جواب ابھی باقی ہے</translation>
    </message>
    <message>
        <source>Where your answers go</source>
        <translation>آپ کے جوابات کہاں جاتے ہیں</translation>
    </message>
    <message>
        <source>Why we ask this:</source>
        <translation>ہم یہ کیوں پوچھتے ہیں:</translation>
    </message>
    <message>
        <source>To carry on:</source>
        <translation>آگے بڑھنے کے لیے:</translation>
    </message>
</context>
<context>
    <name>JourneyWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation>اگلا (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>پیچھے (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>مکمل (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close this letter?</source>
        <translation>یہ خط بند کریں؟</translation>
    </message>
    <message>
        <source>No letter has been saved yet. You can keep your answers as a draft, locked in your vault, and carry on later from the list of your cases.</source>
        <translation>ابھی تک کوئی خط محفوظ نہیں ہوا۔ آپ اپنے جوابات مسودے کے طور پر اپنے محفوظ خانے میں بند رکھ سکتے ہیں، اور بعد میں اپنے کیسوں کی فہرست سے کام جاری رکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Keep it as a draft</source>
        <translation>مسودے کے طور پر رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation>پھینک دیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go back to it</source>
        <translation>اس پر واپس جائیں (&amp;G)</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <source>Find out what is held</source>
        <translation>معلوم کریں کہ کیا ڈیٹا رکھا گیا ہے</translation>
    </message>
    <message>
        <source>Stop the DfE sharing data</source>
        <translation>DfE کو ڈیٹا شیئر کرنے سے روکیں</translation>
    </message>
    <message>
        <source>Get wrong information corrected</source>
        <translation>غلط معلومات درست کروائیں</translation>
    </message>
    <message>
        <source>Ask for data to be deleted</source>
        <translation>ڈیٹا حذف کرنے کی درخواست کریں</translation>
    </message>
    <message>
        <source>Ask for the use of data to be restricted</source>
        <translation>ڈیٹا کے استعمال کو محدود کرنے کی درخواست کریں</translation>
    </message>
    <message>
        <source>Chase or complain</source>
        <translation>یاد دہانی یا شکایت</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>{reason} Your answers are still here.</source>
        <translation>{reason} آپ کے جواب ابھی یہیں ہیں۔</translation>
    </message>
    <message>
        <source>{reason} Your answers are still here: press Finish to try again.</source>
        <translation>{reason} آپ کے جواب ابھی یہیں ہیں: دوبارہ کوشش کے لیے «مکمل» دبائیں۔</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>{reason} Nothing was saved and your answers are still here: check the date you sent it.</source>
        <translation>{reason} کچھ محفوظ نہیں ہوا اور آپ کے جواب ابھی یہیں ہیں: خط بھیجنے کی تاریخ دیکھ لیں۔</translation>
    </message>
    <message>
        <source>Not saved: the dates don&apos;t fit</source>
        <translation>محفوظ نہیں ہوا: تاریخیں آپس میں میل نہیں کھاتیں</translation>
    </message>
    <message>
        <source>{reason} Nothing was saved.</source>
        <translation>{reason} کچھ محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>a machine-assisted translation by the npdrights developers</source>
        <translation>npdrights کے ڈویلپرز کا مشینی مدد سے کیا گیا ترجمہ</translation>
    </message>
    <message>
        <source>These screens are in {language}: {made_by}.</source>
        <translation>یہ اسکرینیں {language} میں ہیں: {made_by}۔</translation>
    </message>
    <message>
        <source>A native speaker has checked it.</source>
        <translation>کسی اہلِ زبان نے اسے جانچ لیا ہے۔</translation>
    </message>
    <message>
        <source>No native speaker has checked it yet, so some words may be wrong or unclear. Letters to the DfE are always in English.</source>
        <translation>ابھی تک کسی اہلِ زبان نے اسے نہیں جانچا، اس لیے کچھ الفاظ غلط یا غیر واضح ہو سکتے ہیں۔ DfE کو خطوط ہمیشہ انگریزی میں ہوتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>LetterMeaning</name>
    <message>
        <source>The organisation must answer by {date}. That is one calendar month after your letter is expected to reach it. For a complicated request it may take up to two months more, but only if it tells you so within the first month.</source>
        <translation>ادارے کو {date} تک جواب دینا ہوگا۔ یہ اس دن سے ایک کیلنڈر مہینہ ہے جب آپ کا خط اسے ملنے کی توقع ہے۔ پیچیدہ درخواست کے لیے وہ دو مہینے مزید لے سکتا ہے، لیکن صرف اس صورت میں کہ وہ پہلے مہینے کے اندر آپ کو بتا دے۔</translation>
    </message>
    <message>
        <source>The organisation must answer within one calendar month of receiving your letter.</source>
        <translation>ادارے کو آپ کا خط ملنے کے ایک کیلنڈر مہینے کے اندر جواب دینا ہوگا۔</translation>
    </message>
    <message>
        <source>What happens next: once the letter is posted and marked as sent in npdrights, npdrights watches that date. If no answer has come by then, it offers you a reminder, and after that a complaint.</source>
        <translation>آگے کیا ہوگا: جب خط ڈاک سے بھیج دیا جائے اور npdrights میں بھیجا ہوا لکھ دیا جائے، تو npdrights اس تاریخ پر نظر رکھے گا۔ اگر تب تک جواب نہ آئے تو وہ آپ کو یاد دہانی کا خط، اور اس کے بعد شکایت لکھنے میں مدد دے گا۔</translation>
    </message>
    <message>
        <source>This letter asks the Department for Education for a copy of everything it holds about your child, including the National Pupil Database, where that information came from, and who it was given to.</source>
        <translation>یہ خط محکمۂ تعلیم (DfE) سے آپ کے بچے کے بارے میں اس کے پاس موجود ہر چیز کی نقل مانگتا ہے، بشمول نیشنل پیوپل ڈیٹابیس، اور یہ کہ یہ معلومات کہاں سے آئیں اور کس کو دی گئیں۔</translation>
    </message>
    <message>
        <source>This letter asks the Learning Records Service for your child&apos;s learning record: the courses and qualifications kept under their learner number.</source>
        <translation>یہ خط لرننگ ریکارڈز سروس سے آپ کے بچے کا تعلیمی ریکارڈ مانگتا ہے: وہ کورس اور قابلیتیں جو اس کے لرنر نمبر (ULN) کے تحت درج ہیں۔</translation>
    </message>
    <message>
        <source>This letter asks the organisation for a copy of everything it holds about your child, where that information came from, and who it was shared with.</source>
        <translation>یہ خط ادارے سے آپ کے بچے کے بارے میں اس کے پاس موجود ہر چیز کی نقل مانگتا ہے، اور یہ کہ یہ معلومات کہاں سے آئیں اور کس کے ساتھ شیئر کی گئیں۔</translation>
    </message>
    <message>
        <source>This letter tells the Department for Education that you object to it giving information that identifies your child to companies and to the press, and asks it to stop.</source>
        <translation>یہ خط محکمۂ تعلیم (DfE) کو بتاتا ہے کہ آپ کو اعتراض ہے کہ وہ ایسی معلومات جن سے آپ کے بچے کی پہچان ہو سکے، کمپنیوں اور اخبارات کو دے، اور اسے یہ بند کرنے کو کہتا ہے۔</translation>
    </message>
    <message>
        <source>This letter asks for wrong information about your child to be corrected. It lists what is recorded and what is right.</source>
        <translation>یہ خط آپ کے بچے کے بارے میں غلط معلومات درست کرنے کو کہتا ہے۔ اس میں لکھا ہے کہ کیا درج ہے اور صحیح کیا ہے۔</translation>
    </message>
    <message>
        <source>This letter asks for information about your child to be deleted, and says why.</source>
        <translation>یہ خط آپ کے بچے کے بارے میں معلومات مٹانے کو کہتا ہے، اور وجہ بتاتا ہے۔</translation>
    </message>
    <message>
        <source>This letter asks the organisation to keep your child&apos;s information but not use it, while a question about it is settled.</source>
        <translation>یہ خط ادارے سے کہتا ہے کہ جب تک ان معلومات کے بارے میں سوال طے نہ ہو جائے، وہ آپ کے بچے کی معلومات رکھے لیکن استعمال نہ کرے۔</translation>
    </message>
    <message>
        <source>This letter reminds the organisation that its answer is late, and asks it to answer now.</source>
        <translation>یہ خط ادارے کو یاد دلاتا ہے کہ اس کا جواب دیر سے ہے، اور اب جواب دینے کو کہتا ہے۔</translation>
    </message>
    <message>
        <source>The letter asks for an answer by {date}.</source>
        <translation>خط {date} تک جواب مانگتا ہے۔</translation>
    </message>
    <message>
        <source>The letter asks for an answer within ten working days.</source>
        <translation>خط دس کاروباری دنوں کے اندر جواب مانگتا ہے۔</translation>
    </message>
    <message>
        <source>What happens next: if no answer comes, you can complain to the organisation, and then to the Information Commissioner&apos;s Office (ICO).</source>
        <translation>آگے کیا ہوگا: اگر جواب نہ آئے تو آپ ادارے سے، اور پھر انفارمیشن کمشنر کے دفتر (ICO) سے شکایت کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This letter complains to the organisation&apos;s data protection officer about how your request was handled, with the dates of what happened.</source>
        <translation>یہ خط ادارے کے ڈیٹا پروٹیکشن آفیسر سے شکایت کرتا ہے کہ آپ کی درخواست کے ساتھ کیا ہوا، اور جو کچھ ہوا اس کی تاریخیں دیتا ہے۔</translation>
    </message>
    <message>
        <source>The letter asks the organisation to confirm it has your complaint by {date}.</source>
        <translation>خط ادارے سے کہتا ہے کہ وہ {date} تک تصدیق کرے کہ آپ کی شکایت اسے مل گئی ہے۔</translation>
    </message>
    <message>
        <source>The letter asks the organisation to confirm it has your complaint within 30 days.</source>
        <translation>خط ادارے سے کہتا ہے کہ وہ 30 دن کے اندر تصدیق کرے کہ آپ کی شکایت اسے مل گئی ہے۔</translation>
    </message>
    <message>
        <source>What happens next: if its answer does not settle things, you can complain to the Information Commissioner&apos;s Office (ICO) within three months of your last contact with the organisation.</source>
        <translation>آگے کیا ہوگا: اگر اس کے جواب سے معاملہ حل نہ ہو تو آپ ادارے سے آخری رابطے کے تین مہینے کے اندر انفارمیشن کمشنر کے دفتر (ICO) سے شکایت کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This is not a letter: it is what you need for the complaint form of the Information Commissioner&apos;s Office (ICO): a short summary, the dates of what happened, and what you ask the ICO to do.</source>
        <translation>یہ خط نہیں ہے: یہ وہ سب ہے جو انفارمیشن کمشنر کے دفتر (ICO) کے شکایت فارم کے لیے چاہیے: ایک مختصر خلاصہ، جو کچھ ہوا اس کی تاریخیں، اور یہ کہ آپ ICO سے کیا چاہتے ہیں۔</translation>
    </message>
    <message>
        <source>No law sets a date for the ICO&apos;s answer.</source>
        <translation>کوئی قانون ICO کے جواب کی تاریخ مقرر نہیں کرتا۔</translation>
    </message>
    <message>
        <source>What happens next: copy it into the ICO&apos;s online form and keep a copy. When the ICO writes to you, record it in npdrights.</source>
        <translation>آگے کیا ہوگا: اسے ICO کے آن لائن فارم میں نقل کریں اور ایک نقل اپنے پاس رکھیں۔ جب ICO آپ کو لکھے تو اسے npdrights میں درج کریں۔</translation>
    </message>
    <message>
        <source>What this letter says</source>
        <translation>یہ خط کیا کہتا ہے</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>مختصراً</translation>
    </message>
    <message>
        <source>The letter is in English, because that is what the organisation reads. This is what it says, in short.</source>
        <translation>خط انگریزی میں ہے، کیونکہ ادارہ انگریزی ہی پڑھتا ہے۔ مختصراً، خط یہ کہتا ہے۔</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message>
        <source>Subject access request</source>
        <translation>ڈیٹا تک رسائی کی درخواست</translation>
    </message>
    <message>
        <source>Request for the learning record</source>
        <translation>تعلیمی ریکارڈ کی درخواست</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Request for corrections</source>
        <translation>درستی کی درخواست</translation>
    </message>
    <message>
        <source>Request to delete data</source>
        <translation>ڈیٹا حذف کرنے کی درخواست</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یاد دہانی</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Complaint to the ICO</source>
        <translation>‏ICO سے شکایت</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>The letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>‏PDF محفوظ کریں… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>متن کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep with this case</source>
        <translation>اس کیس کے ساتھ رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>Saved as {path}. That copy is not protected by npdrights.</source>
        <translation>‏{path} کے نام سے محفوظ ہو گیا۔ npdrights اس کاپی کی حفاظت نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared after a short while, and when you lock.</source>
        <translation>کاپی ہو گیا۔ کلپ بورڈ تھوڑی دیر بعد، اور بند کرنے پر، صاف ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>Kept with this case, under Letters.</source>
        <translation>اس کیس کے ساتھ، خطوط کے تحت رکھ لیا گیا۔</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <source>{name}, as printed</source>
        <translation>{name}، جیسا چھپے گا</translation>
    </message>
    <message>
        <source>A picture of the printed pages. The next tab has the same letter as text.</source>
        <translation>چھپے ہوئے صفحات کی تصویر۔ اگلے ٹیب میں یہی خط متن کی صورت میں ہے۔</translation>
    </message>
    <message>
        <source>{name}, as text</source>
        <translation>{name}، متن کی صورت میں</translation>
    </message>
    <message>
        <source>Printed letter</source>
        <translation>چھپا ہوا خط</translation>
    </message>
    <message>
        <source>Letter as text</source>
        <translation>خط بطور متن</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation>ادارے کا نام لکھیں۔</translation>
    </message>
    <message>
        <source>The name is too long for a letterhead: keep it to {most} characters.</source>
        <translation>لیٹر ہیڈ کے لیے نام بہت لمبا ہے: اسے {most} حروف تک رکھیں۔</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s address, one line per line.</source>
        <translation>ادارے کا پتہ لکھیں، ہر لائن الگ۔</translation>
    </message>
    <message>
        <source>Keep the address to {most} lines: it is printed on one line.</source>
        <translation>پتہ زیادہ سے زیادہ {most} لائنوں کا رکھیں: یہ ایک ہی لائن میں چھپتا ہے۔</translation>
    </message>
    <message>
        <source>An address line is too long: keep each to {most} characters.</source>
        <translation>پتے کی ایک لائن بہت لمبی ہے: ہر لائن {most} حروف تک رکھیں۔</translation>
    </message>
    <message>
        <source>That isn&apos;t a charity number: in England and Wales it is 6 or 7 digits (like 1234567), in Scotland SC and 6 digits, in Northern Ireland NIC and 6 digits. Leave it empty if you don&apos;t have one.</source>
        <translation>یہ چیریٹی نمبر نہیں: انگلینڈ اور ویلز میں یہ 6 یا 7 ہندسوں کا ہوتا ہے (جیسے 1234567)، اسکاٹ لینڈ میں SC اور 6 ہندسے، شمالی آئرلینڈ میں NIC اور 6 ہندسے۔ اگر آپ کے پاس نہیں تو خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>That file is {megabytes} MB: a logo needs far less. Choose a smaller picture (under 5 MB), or save the logo at a smaller size first.</source>
        <translation>یہ فائل {megabytes} MB کی ہے: لوگو کے لیے اس سے بہت کم چاہیے۔ چھوٹی تصویر چنیں (5 MB سے کم)، یا پہلے لوگو کو چھوٹے سائز میں محفوظ کریں۔</translation>
    </message>
    <message>
        <source>That file isn&apos;t a picture npdrights can read. Choose a PNG or JPEG file.</source>
        <translation>یہ فائل ایسی تصویر نہیں جو npdrights پڑھ سکے۔ PNG یا JPEG فائل چنیں۔</translation>
    </message>
    <message>
        <source>That picture is damaged or only partly there, so it can&apos;t be used. Save the logo again and choose the new file.</source>
        <translation>یہ تصویر خراب یا ادھوری ہے، اس لیے استعمال نہیں ہو سکتی۔ لوگو دوبارہ محفوظ کریں اور نئی فائل چنیں۔</translation>
    </message>
    <message>
        <source>That picture is too small to print clearly. Choose one at least 100 pixels across.</source>
        <translation>یہ تصویر صاف چھپنے کے لیے بہت چھوٹی ہے۔ کم از کم 100 پکسل چوڑی تصویر چنیں۔</translation>
    </message>
    <message>
        <source>That picture is far too large to be a logo. Save it at a smaller size (under 6,000 pixels across) first.</source>
        <translation>یہ تصویر لوگو کے لیے بہت زیادہ بڑی ہے۔ پہلے اسے چھوٹے سائز میں محفوظ کریں (6,000 پکسل چوڑائی سے کم)۔</translation>
    </message>
    <message>
        <source>That picture is far too large ({width} x {height} pixels) to be a logo. Save it at a smaller size (under 6,000 pixels across) first.</source>
        <translation>یہ تصویر ({width} x {height} پکسل) لوگو کے لیے بہت زیادہ بڑی ہے۔ پہلے اسے چھوٹے سائز میں محفوظ کریں (6,000 پکسل چوڑائی سے کم)۔</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}).</source>
        <translation>فائل {name} پڑھی نہیں جا سکی ({reason})۔</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
</context>
<context>
    <name>LockCountdown</name>
    <message>
        <source>npdrights is about to lock</source>
        <translation>npdrights بند ہونے والا ہے</translation>
    </message>
    <message>
        <source>Time before npdrights locks</source>
        <translation>npdrights کے بند ہونے میں باقی وقت</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>کام جاری رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>کام جاری رکھیں</translation>
    </message>
    <message>
        <source>Anything you are writing is kept, locked in your vault, and you can carry on after unlocking.</source>
        <translation>آپ جو کچھ لکھ رہے ہیں وہ آپ کے محفوظ خانے میں بند کر کے رکھ لیا جائے گا، اور کھولنے کے بعد آپ اسے جاری رکھ سکتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>You haven&apos;t used npdrights for a while, so it will lock in %n second(s) to keep your cases private.</source>
        <translation>
            <numerusform>آپ نے کچھ دیر سے npdrights استعمال نہیں کیا، اس لیے آپ کے کیس محفوظ رکھنے کے لیے یہ %n سیکنڈ میں بند ہو جائے گا۔</numerusform>
            <numerusform>آپ نے کچھ دیر سے npdrights استعمال نہیں کیا، اس لیے آپ کے کیس محفوظ رکھنے کے لیے یہ %n سیکنڈ میں بند ہو جائے گا۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <translation>محفوظ خانہ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>ابھی بند کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>پاس فریز بدلیں… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>ترتیبات… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name, address and letterhead…</source>
        <translation>نام، پتہ اور لیٹر ہیڈ… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>باہر نکلیں (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation>فائل میں بیک اپ لیں… (&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;heck a backup file…</source>
        <translation>بیک اپ فائل جانچیں… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Restore from a file…</source>
        <translation>فائل سے بحال کریں… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>کیس (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>نئی درخواست… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>اعداد و شمار… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>رجسٹر (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Who has been given pupil data…</source>
        <translation>طلبہ کا ڈیٹا کس کو دیا گیا… (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;How this works</source>
        <translation>یہ کیسے کام کرتا ہے (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About npdrights</source>
        <translation>npdrights کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <source>Put the &amp;copy back</source>
        <translation>کاپی واپس اپنی جگہ رکھیں (&amp;C)</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>کھولنے کے لیے اپنا پاس فریز ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Saved the recovery code sheet as {path}.</source>
        <translation>ریکوری کوڈ کی شیٹ {path} کے نام سے محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>npdrights recovery code</source>
        <translation>npdrights ریکوری کوڈ</translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation>آپ کا نیا پاس فریز لگ گیا ہے۔</translation>
    </message>
    <message>
        <source>An older copy of your cases</source>
        <translation>آپ کے کیسوں کی ایک پرانی کاپی</translation>
    </message>
    <message>
        <source>Carry on with this older copy?</source>
        <translation>اسی پرانی کاپی کے ساتھ جاری رکھیں؟</translation>
    </message>
    <message>
        <source>Your cases file now holds the snapshot from {when}. The damaged file was kept beside it. Type your passphrase to unlock.</source>
        <translation>اب آپ کی کیس فائل میں {when} کا اسنیپ شاٹ ہے۔ خراب فائل اس کے ساتھ رکھ دی گئی ہے۔ کھولنے کے لیے اپنا پاس فریز ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>The copy of your vault&apos;s key file is back in place. Type the passphrase you had when it was made (or use your recovery code) to unlock.</source>
        <translation>آپ کے محفوظ خانے کی کلید والی فائل کی کاپی واپس اپنی جگہ پر ہے۔ کھولنے کے لیے وہ پاس فریز ٹائپ کریں جو اس کاپی کے بننے کے وقت تھا (یا اپنا ریکوری کوڈ استعمال کریں)۔</translation>
    </message>
    <message>
        <source>That unfinished letter can&apos;t be opened by this version of npdrights.</source>
        <translation>npdrights کا یہ ورژن وہ نامکمل خط نہیں کھول سکتا۔</translation>
    </message>
    <message>
        <source>The unfinished letter was deleted.</source>
        <translation>نامکمل خط حذف کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Delete this unfinished letter?</source>
        <translation>یہ نامکمل خط حذف کریں؟</translation>
    </message>
    <message>
        <source>The answers you typed for it will be gone for good. Delete it?</source>
        <translation>اس کے لیے ٹائپ کیے گئے آپ کے جوابات ہمیشہ کے لیے ختم ہو جائیں گے۔ حذف کریں؟</translation>
    </message>
    <message>
        <source>Your unfinished letter</source>
        <translation>آپ کا نامکمل خط</translation>
    </message>
    <message>
        <source>Carry on with it now?</source>
        <translation>کیا ابھی اسے جاری رکھیں؟</translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation>جاری رکھیں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation>پھینک دیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>بعد میں (&amp;L)</translation>
    </message>
    <message>
        <source>{step}: npdrights has no letter for this step yet.</source>
        <translation>{step}: اس مرحلے کے لیے npdrights کے پاس ابھی کوئی خط نہیں ہے۔</translation>
    </message>
    <message>
        <source>Saved. Your case is in the list.</source>
        <translation>محفوظ ہو گیا۔ آپ کا کیس فہرست میں ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s).</source>
        <translation>
            <numerusform>%n کیس محفوظ ہو گیا۔</numerusform>
            <numerusform>%n کیس محفوظ ہو گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npdrights locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>%n منٹ استعمال نہ ہونے پر npdrights خود بند ہو گیا۔</numerusform>
            <numerusform>%n منٹ استعمال نہ ہونے پر npdrights خود بند ہو گیا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights locked itself because the computer went to sleep.</source>
        <translation>کمپیوٹر کے سو جانے کی وجہ سے npdrights خود بند ہو گیا۔</translation>
    </message>
    <message>
        <source>npdrights locked itself when its window was minimised.</source>
        <translation>ونڈو چھوٹی کرنے پر npdrights خود بند ہو گیا۔</translation>
    </message>
    <message>
        <source>npdrights is locked.</source>
        <translation>npdrights بند ہے۔</translation>
    </message>
    <message>
        <source>Your unfinished letter could not be kept: {reason}</source>
        <translation>آپ کا نامکمل خط رکھا نہیں جا سکا: {reason}</translation>
    </message>
    <message>
        <source>Your unfinished letter was kept, locked in your vault.</source>
        <translation>آپ کا نامکمل خط آپ کے محفوظ خانے میں بند کر کے رکھ لیا گیا۔</translation>
    </message>
    <message>
        <source>Your unfinished letter could not be kept.</source>
        <translation>آپ کا نامکمل خط رکھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>آپ کا پاس فریز بدل دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>پاس فریز نہیں بدلا</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>کی چین دستیاب نہیں</translation>
    </message>
    <message>
        <source>About npdrights</source>
        <translation>npdrights کے بارے میں</translation>
    </message>
    <message>
        <source>npdrights helps you use your data-protection rights over the National Pupil Database.

Everything stays on this computer, encrypted. npdrights never connects to the internet.</source>
        <translation>npdrights نیشنل پیوپل ڈیٹا بیس (National Pupil Database) کے بارے میں ڈیٹا کے تحفظ کے آپ کے حقوق استعمال کرنے میں آپ کی مدد کرتا ہے۔

سب کچھ اسی کمپیوٹر پر خفیہ (انکرپٹڈ) حالت میں رہتا ہے۔ npdrights کبھی انٹرنیٹ سے نہیں جڑتا۔</translation>
    </message>
</context>
<context>
    <name>MarkAsSent</name>
    <message>
        <source>Date sent</source>
        <translation>بھیجنے کی تاریخ</translation>
    </message>
    <message>
        <source>How you sent it</source>
        <translation>کیسے بھیجا</translation>
    </message>
    <message>
        <source>Proof of posting reference (optional)</source>
        <translation>ڈاک میں ڈالنے کے ثبوت کا نمبر (اختیاری)</translation>
    </message>
    <message>
        <source>Date &amp;sent</source>
        <translation>بھیجنے کی تاریخ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>کیسے (&amp;H)</translation>
    </message>
    <message>
        <source>Proof of posting (&amp;optional)</source>
        <translation>ڈاک کا ثبوت، اختیاری (&amp;O)</translation>
    </message>
    <message>
        <source>The number on your certificate of posting or signed-for receipt. Keep the slip.</source>
        <translation>ڈاک کے سرٹیفکیٹ یا دستخط والی رسید پر لکھا نمبر۔ پرچی سنبھال کر رکھیں۔</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Note: </source>
        <translation>نوٹ: </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>جنوری</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فروری</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>اپریل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مئی</translation>
    </message>
    <message>
        <source>June</source>
        <translation>جون</translation>
    </message>
    <message>
        <source>July</source>
        <translation>جولائی</translation>
    </message>
    <message>
        <source>August</source>
        <translation>اگست</translation>
    </message>
    <message>
        <source>September</source>
        <translation>ستمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>دسمبر</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>NewAdviserForm</name>
    <message>
        <source>Adviser&apos;s name</source>
        <translation>مشیر کا نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>ان کا پاس فریز</translation>
    </message>
    <message>
        <source>Their passphrase again</source>
        <translation>ان کا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>کردار (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>دوبارہ ٹائپ کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Name: type the adviser&apos;s name as they will type it to sign in.</source>
        <translation>نام: مشیر کا نام اسی طرح ٹائپ کریں جیسے وہ سائن اِن کرتے وقت ٹائپ کریں گے۔</translation>
    </message>
    <message>
        <source>Passphrase: use at least {count} characters.</source>
        <translation>پاس فریز: کم از کم {count} حروف استعمال کریں۔</translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation>دوبارہ ٹائپ کریں: دونوں پاس فریز مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>You drafted this letter on {drafted} but haven&apos;t marked it as sent. If you&apos;ve sent it, mark it as sent so the app can work out when {body} must answer; if not, send it now.</source>
        <translation>آپ نے {drafted} کو اس خط کا مسودہ بنایا مگر اسے بھیجا ہوا درج نہیں کیا۔ اگر آپ نے اسے بھیج دیا ہے تو اسے بھیجا ہوا درج کریں تاکہ ایپ حساب لگا سکے کہ {body} کو کب تک جواب دینا ہے؛ اگر نہیں، تو ابھی بھیجیں۔</translation>
    </message>
    <message>
        <source>{body} asked for proof of identity on {asked}. Its month to answer starts again when your proof reaches it, so send it soon.</source>
        <translation>‏{body} نے {asked} کو شناخت کا ثبوت مانگا۔ آپ کا ثبوت پہنچنے پر اس کا جواب دینے کا مہینہ دوبارہ شروع ہوگا، اس لیے اسے جلد بھیجیں۔</translation>
    </message>
    <message>
        <source>{body} asked you to clarify your request on {asked}. Its clock is paused until your answer reaches it, so reply soon.</source>
        <translation>‏{body} نے {asked} کو آپ سے درخواست کی وضاحت مانگی۔ آپ کا جواب پہنچنے تک اس کا وقت رکا ہوا ہے، اس لیے جلد جواب دیں۔</translation>
    </message>
    <message>
        <source>{body} asked you to clarify your request on {asked}. That doesn&apos;t give it more time: its answer is still due by {due}. Reply soon, so it can answer in time.</source>
        <translation>‏{body} نے {asked} کو آپ سے درخواست کی وضاحت مانگی۔ اس سے اسے مزید وقت نہیں ملتا: اس کا جواب اب بھی {due} تک آنا ہے۔ جلد جواب دیں، تاکہ وہ وقت پر جواب دے سکے۔</translation>
    </message>
    <message>
        <source>{body}&apos;s answer is due by {due}. If it hasn&apos;t arrived by then, from {opens} you can send a reminder.</source>
        <translation>‏{body} کا جواب {due} تک آنا ہے۔ اگر تب تک نہ آئے، تو {opens} سے آپ یاد دہانی بھیج سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{body}&apos;s answer is due by {due}. If it hasn&apos;t arrived by then, from {opens} you can complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation>‏{body} کا جواب {due} تک آنا ہے۔ اگر تب تک نہ آئے، تو {opens} سے آپ {body} سے شکایت کر سکتے ہیں۔ ڈیٹا پروٹیکشن ایکٹ 2018 کی دفعہ 164A کے تحت اسے 30 دن کے اندر آپ کی شکایت ملنے کی تصدیق کرنی ہوگی اور پھر آپ کو نتیجہ بتانا ہوگا۔</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. Your reminder of {reminded} asked for a reply by {reply_by}. If none comes, from {complain_from} you can complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation>‏{body} کا جواب {due} کو آنا تھا اور نہیں آیا۔ آپ کی {reminded} والی یاد دہانی میں {reply_by} تک جواب مانگا گیا تھا۔ اگر جواب نہ آئے، تو {complain_from} سے آپ {body} سے شکایت کر سکتے ہیں۔ ڈیٹا پروٹیکشن ایکٹ 2018 کی دفعہ 164A کے تحت اسے 30 دن کے اندر آپ کی شکایت ملنے کی تصدیق کرنی ہوگی اور پھر آپ کو نتیجہ بتانا ہوگا۔</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. Your reminder of {reminded} asked for a reply by {reply_by}. It hasn&apos;t replied, so you can now complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation>‏{body} کا جواب {due} کو آنا تھا اور نہیں آیا۔ آپ کی {reminded} والی یاد دہانی میں {reply_by} تک جواب مانگا گیا تھا۔ اس نے جواب نہیں دیا، اس لیے اب آپ {body} سے شکایت کر سکتے ہیں۔ ڈیٹا پروٹیکشن ایکٹ 2018 کی دفعہ 164A کے تحت اسے 30 دن کے اندر آپ کی شکایت ملنے کی تصدیق کرنی ہوگی اور پھر آپ کو نتیجہ بتانا ہوگا۔</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. Send a reminder first: it gives {body} a last chance, with a date to reply by.</source>
        <translation>‏{body} کا جواب {due} کو آنا تھا اور نہیں آیا۔ پہلے یاد دہانی بھیجیں: اس سے {body} کو آخری موقع ملتا ہے، جواب کی ایک تاریخ کے ساتھ۔</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. You can also complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation>‏{body} کا جواب {due} کو آنا تھا اور نہیں آیا۔ آپ {body} سے شکایت بھی کر سکتے ہیں۔ ڈیٹا پروٹیکشن ایکٹ 2018 کی دفعہ 164A کے تحت اسے 30 دن کے اندر آپ کی شکایت ملنے کی تصدیق کرنی ہوگی اور پھر آپ کو نتیجہ بتانا ہوگا۔</translation>
    </message>
    <message>
        <source>{said} If anything in what it sent is wrong or incomplete, you can ask it to correct it.</source>
        <translation>‏{said} اگر اس کی بھیجی ہوئی چیزوں میں کچھ غلط یا نامکمل ہو، تو آپ اسے درست کرنے کا کہہ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{said} You can ask it to set out the compelling legitimate grounds it relies on: the law says it must stop unless it can show them.</source>
        <translation>‏{said} آپ اس سے کہہ سکتے ہیں کہ وہ اپنی مضبوط جائز وجوہات بتائے: قانون کہتا ہے کہ اگر وہ انہیں نہ دکھا سکے تو اسے رکنا ہوگا۔</translation>
    </message>
    <message>
        <source>{said} You can complain to its data protection officer about what is missing or wrong.</source>
        <translation>‏{said} آپ اس کے ڈیٹا پروٹیکشن آفیسر سے اس بارے میں شکایت کر سکتے ہیں کہ کیا غائب یا غلط ہے۔</translation>
    </message>
    <message>
        <source>{said} That was after its deadline of {due}, so you can complain to its data protection officer about the delay.</source>
        <translation>‏{said} یہ اس کی {due} کی آخری تاریخ کے بعد تھا، اس لیے آپ تاخیر کے بارے میں اس کے ڈیٹا پروٹیکشن آفیسر سے شکایت کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>If the ICO&apos;s outcome settles it, you can close the case.</source>
        <translation>اگر ICO کا فیصلہ معاملہ طے کر دیتا ہے تو آپ کیس بند کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{said} If you don&apos;t want to take it further, you can close the case.</source>
        <translation>‏{said} اگر آپ اسے آگے نہیں لے جانا چاہتے تو کیس بند کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{said} If you&apos;re content, you can close the case.</source>
        <translation>‏{said} اگر آپ مطمئن ہیں تو کیس بند کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The ICO told you its outcome on {outcome}. If you disagree, you can ask it to review how it handled your complaint by {closes}.</source>
        <translation>‏ICO نے {outcome} کو آپ کو اپنا فیصلہ بتایا۔ اگر آپ متفق نہیں، تو {closes} تک آپ اس سے کہہ سکتے ہیں کہ وہ دوبارہ دیکھے کہ اس نے آپ کی شکایت کیسے نمٹائی۔</translation>
    </message>
    <message>
        <source>{lead} you can complain to the ICO. It expects complaints within three months of your last contact with {body}, so by {closes}.</source>
        <translation>‏{lead} تو آپ ICO سے شکایت کر سکتے ہیں۔ ICO توقع کرتا ہے کہ شکایت {body} سے آپ کے آخری رابطے کے تین مہینے کے اندر ہو، یعنی {closes} تک۔</translation>
    </message>
    <message>
        <source>{reason} That date has passed, but the ICO can still look at a late complaint if you explain why.</source>
        <translation>‏{reason} وہ تاریخ گزر چکی ہے، مگر اگر آپ وجہ بتائیں تو ICO پھر بھی دیر سے آئی شکایت دیکھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>{reason} It normally expects you to complain to {body} first.</source>
        <translation>‏{reason} عام طور پر وہ توقع کرتا ہے کہ آپ پہلے {body} سے شکایت کریں۔</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due}. If it still hasn&apos;t arrived,</source>
        <translation>‏{body} کا جواب {due} کو آنا تھا۔ اگر یہ ابھی تک نہیں آیا،</translation>
    </message>
    <message>
        <source>{body}&apos;s answer is due by {due}. If it hasn&apos;t arrived by then,</source>
        <translation>‏{body} کا جواب {due} تک آنا ہے۔ اگر تب تک نہ آئے،</translation>
    </message>
    <message>
        <source>{body} answered on {answered}, after its deadline of {due}. If you want to complain about the delay,</source>
        <translation>‏{body} نے {answered} کو جواب دیا، اپنی {due} کی آخری تاریخ کے بعد۔ اگر آپ تاخیر کی شکایت کرنا چاہتے ہیں،</translation>
    </message>
    <message>
        <source>{body} replied on {replied} to your complaint of {complained}. If you&apos;re not satisfied,</source>
        <translation>‏{body} نے {replied} کو آپ کی {complained} والی شکایت کا جواب دیا۔ اگر آپ مطمئن نہیں،</translation>
    </message>
    <message>
        <source>You complained to {body} on {complained}. If it hasn&apos;t replied within 30 days (by {by}),</source>
        <translation>آپ نے {complained} کو {body} سے شکایت کی۔ اگر اس نے 30 دن میں ({by} تک) جواب نہیں دیا،</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Mark as sent…</source>
        <translation>بھیجا ہوا درج کریں…</translation>
    </message>
    <message>
        <source>Record that you replied…</source>
        <translation>درج کریں کہ آپ نے جواب دیا…</translation>
    </message>
    <message>
        <source>Write a reminder…</source>
        <translation>یاد دہانی لکھیں…</translation>
    </message>
    <message>
        <source>Write a complaint…</source>
        <translation>شکایت لکھیں…</translation>
    </message>
    <message>
        <source>Prepare a complaint to the ICO…</source>
        <translation>‏ICO کے لیے شکایت تیار کریں…</translation>
    </message>
    <message>
        <source>Record that you asked for a review…</source>
        <translation>درج کریں کہ آپ نے نظرِ ثانی مانگی…</translation>
    </message>
    <message>
        <source>Ask for corrections…</source>
        <translation>درستی کی درخواست کریں…</translation>
    </message>
    <message>
        <source>Write to ask for its grounds…</source>
        <translation>اس کی وجوہات پوچھنے کے لیے لکھیں…</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>کیس بند کریں…</translation>
    </message>
    <message>
        <source>There is nothing for you to do in this case right now.</source>
        <translation>اس کیس میں ابھی آپ کے کرنے کے لیے کچھ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>تجویز کردہ</translation>
    </message>
    <message>
        <source>Also possible</source>
        <translation>یہ بھی ممکن ہے</translation>
    </message>
    <message>
        <source>From {opens}.</source>
        <translation>‏{opens} سے۔</translation>
    </message>
    <message>
        <source>You can do this now.</source>
        <translation>آپ یہ ابھی کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>From {opens} (its usual time has passed).</source>
        <translation>‏{opens} سے (اس کا عام وقت گزر چکا ہے)۔</translation>
    </message>
    <message>
        <source>You can do this now (its usual time has passed).</source>
        <translation>آپ یہ ابھی کر سکتے ہیں (اس کا عام وقت گزر چکا ہے)۔</translation>
    </message>
    <message>
        <source>From {opens}, until {expires}.</source>
        <translation>‏{opens} سے {expires} تک۔</translation>
    </message>
    <message>
        <source>You can do this now, until {expires}.</source>
        <translation>آپ یہ ابھی کر سکتے ہیں، {expires} تک۔</translation>
    </message>
    <message>
        <source>Recommended: {action}</source>
        <translation>تجویز کردہ: {action}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation and letterhead</source>
        <translation>ادارہ اور لیٹر ہیڈ</translation>
    </message>
    <message>
        <source>Your organisation&apos;s letterhead</source>
        <translation>آپ کے ادارے کا لیٹر ہیڈ</translation>
    </message>
    <message>
        <source>If you are an advice charity, your name, address and charity number are printed at the top of the letters your advisers write for families, so the organisation sees at once who is writing. A family&apos;s own letters never have it. It is kept in your encrypted vault.</source>
        <translation>اگر آپ مشورہ دینے والا خیراتی ادارہ ہیں، تو آپ کا نام، پتہ اور چیریٹی نمبر ان خطوط کے اوپر چھپتے ہیں جو آپ کے مشیر خاندانوں کے لیے لکھتے ہیں، تاکہ وصول کرنے والا ادارہ فوراً دیکھ لے کہ کون لکھ رہا ہے۔ خاندان کے اپنے خطوط پر یہ کبھی نہیں ہوتا۔ یہ آپ کے خفیہ محفوظ خانے میں رکھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation>ادارے کا نام</translation>
    </message>
    <message>
        <source>Organisation&apos;s address, one line per line</source>
        <translation>ادارے کا پتہ، ہر لائن الگ</translation>
    </message>
    <message>
        <source>Registered charity number, if you have one</source>
        <translation>رجسٹرڈ چیریٹی نمبر، اگر آپ کے پاس ہے</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address (one line per line):</source>
        <translation>پتہ (ہر لائن الگ): (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Charity number (if any):</source>
        <translation>چیریٹی نمبر (اگر ہو): (&amp;C)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>کوئی لوگو نہیں</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>لوگو چنیں… (&amp;L)</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>لوگو کی فائل چنیں</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>لوگو ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>لوگو:</translation>
    </message>
    <message>
        <source>Have &amp;no letterhead</source>
        <translation>کوئی لیٹر ہیڈ نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>لوگو چنیں</translation>
    </message>
</context>
<context>
    <name>OrganisationTools</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>ادارہ (&amp;O)</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>کون سائن اِن ہے</translation>
    </message>
    <message>
        <source>&amp;Advisers…</source>
        <translation>مشیر… (&amp;A)</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>ریکارڈِ تبدیلی… (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Retention: cases to delete…</source>
        <translation>مدتِ حفاظت: حذف کرنے والے کیس… (&amp;R)</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>{name} کے طور پر سائن اِن</translation>
    </message>
    <message>
        <source>Retention policy not changed</source>
        <translation>مدتِ حفاظت کی پالیسی نہیں بدلی</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Use at least {count} characters. Four or more words that don&apos;t go together work well.</source>
        <translation>کم از کم {count} حروف استعمال کریں۔ چار یا زیادہ ایسے الفاظ جن کا آپس میں تعلق نہ ہو، اچھا کام کرتے ہیں۔</translation>
    </message>
    <message>
        <source>This is the example shown on this screen, so anyone who has seen npdrights knows it. Choose your own words.</source>
        <translation>یہ وہی مثال ہے جو اس اسکرین پر دکھائی گئی ہے، اس لیے npdrights دیکھنے والا ہر شخص اسے جانتا ہے۔ اپنے الفاظ چنیں۔</translation>
    </message>
    <message>
        <source>This looks easy to guess. Avoid common words like &apos;password&apos; and repeated characters.</source>
        <translation>اس کا اندازہ لگانا آسان لگتا ہے۔ &apos;password&apos; جیسے عام الفاظ اور بار بار آنے والے حروف سے بچیں۔</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it, and keep your recovery code safe.</source>
        <translation>مضبوط۔ یقینی بنائیں کہ یہ آپ کو یاد رہے، اور اپنا ریکوری کوڈ محفوظ رکھیں۔</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two would make it much harder to guess.</source>
        <translation>درمیانہ۔ ایک دو الفاظ اور شامل کرنے سے اس کا اندازہ لگانا بہت مشکل ہو جائے گا۔</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>{field} دکھائیں</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>چھپائیں</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and families</source>
        <translation>افراد اور خاندان</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>Group brothers and sisters in a family. An adviser can keep each family&apos;s cases apart.</source>
        <translation>بہن بھائیوں کو ایک خاندان میں رکھیں۔ مشیر ہر خاندان کے کیس الگ رکھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Families</source>
        <translation>خاندان (&amp;F)</translation>
    </message>
    <message>
        <source>Add a famil&amp;y…</source>
        <translation>خاندان شامل کریں… (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>نام بدلیں… (&amp;R)</translation>
    </message>
    <message>
        <source>Remo&amp;ve the family</source>
        <translation>خاندان ہٹائیں (&amp;V)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>افراد (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>فرد شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change details…</source>
        <translation>تفصیلات بدلیں… (&amp;C)</translation>
    </message>
    <message>
        <source>The family&apos;s name (for example, a surname):</source>
        <translation>خاندان کا نام (مثلاً خاندانی نام):</translation>
    </message>
    <message>
        <source>Add a family</source>
        <translation>خاندان شامل کریں</translation>
    </message>
    <message>
        <source>Rename the family</source>
        <translation>خاندان کا نام بدلیں</translation>
    </message>
    <message>
        <source>Remove the family “{family}”? Its people and their cases stay; they are just no longer grouped.</source>
        <translation>خاندان «{family}» ہٹا دیں؟ اس کے افراد اور ان کے کیس رہیں گے؛ بس وہ اب ایک گروپ میں نہیں ہوں گے۔</translation>
    </message>
    <message>
        <source>Remove the family?</source>
        <translation>خاندان ہٹا دیں؟</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change a person&apos;s details</source>
        <translation>فرد کی تفصیلات بدلیں</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>فرد شامل کریں</translation>
    </message>
    <message>
        <source>Letters you write from now on use these details. Letters already sent keep what they said.</source>
        <translation>اب سے آپ جو خط لکھیں گے ان میں یہ تفصیلات استعمال ہوں گی۔ پہلے بھیجے گئے خطوط ویسے ہی رہیں گے۔</translation>
    </message>
    <message>
        <source>I know the date of birth</source>
        <translation>مجھے تاریخ پیدائش معلوم ہے</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Not in a family</source>
        <translation>کسی خاندان میں نہیں</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>پورا نام (&amp;N)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>&amp;Former names, one a line</source>
        <translation>پرانے نام، ہر ایک الگ سطر میں (&amp;F)</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>پرانے نام</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>تاریخ پیدائش (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;UPN (optional)</source>
        <translation>‏UPN، اختیاری (&amp;U)</translation>
    </message>
    <message>
        <source>Unique pupil number</source>
        <translation>طالب علم کا منفرد نمبر</translation>
    </message>
    <message>
        <source>U&amp;LN (optional)</source>
        <translation>‏ULN، اختیاری (&amp;L)</translation>
    </message>
    <message>
        <source>Unique learner number</source>
        <translation>سیکھنے والے کا منفرد نمبر</translation>
    </message>
    <message>
        <source>&amp;Address, one line each</source>
        <translation>پتہ، ہر حصہ الگ سطر میں (&amp;A)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>پوسٹ کوڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation>ای میل، اختیاری (&amp;E)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>خاندان (&amp;M)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>The person&apos;s details</source>
        <translation>فرد کی تفصیلات</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>A UPN</source>
        <translation>‏UPN</translation>
    </message>
    <message>
        <source>A ULN</source>
        <translation>‏ULN</translation>
    </message>
    <message>
        <source>A postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>An email address</source>
        <translation>ای میل پتہ</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Type the person&apos;s full name.</source>
        <translation>فرد کا پورا نام لکھیں۔</translation>
    </message>
    <message>
        <source>{field}: {problem}. Check it, or leave it empty.</source>
        <translation>‏{field}: {problem}۔ اسے جانچیں، یا خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>The Unique Pupil Number (UPN) is a 13-character code every state school in England gives each pupil, for example B801200005001. It is on some school reports and letters about exams or admissions; the school office can tell you it. Leave it blank if you don&apos;t know it: the DfE can search by name, date of birth and school.</source>
        <translation>طالب علم کا منفرد نمبر (UPN) 13 حروف کا ایک کوڈ ہے جو انگلینڈ کا ہر سرکاری اسکول ہر طالب علم کو دیتا ہے، مثلاً B801200005001۔ یہ کچھ اسکول رپورٹوں اور امتحانات یا داخلے کے خطوں پر ہوتا ہے؛ اسکول کا دفتر آپ کو بتا سکتا ہے۔ اگر آپ کو معلوم نہیں تو خالی چھوڑ دیں: DfE نام، تاریخ پیدائش اور اسکول سے تلاش کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>The Unique Learner Number (ULN) is a 10-digit number given to anyone aged 14 or over in education or training. It is on exam certificates and on a Personal Learning Record. Leave it blank if you don&apos;t know it.</source>
        <translation>سیکھنے والے کا منفرد نمبر (ULN) 10 ہندسوں کا نمبر ہے جو تعلیم یا تربیت میں 14 سال یا اس سے زیادہ عمر کے ہر فرد کو دیا جاتا ہے۔ یہ امتحانی سرٹیفکیٹوں اور Personal Learning Record پر ہوتا ہے۔ اگر آپ کو معلوم نہیں تو خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Any other name the school records may use: an earlier surname, or a different spelling.</source>
        <translation>کوئی اور نام جو اسکول کے ریکارڈ میں ہو سکتا ہے: پہلے کا خاندانی نام، یا مختلف ہجے۔</translation>
    </message>
    <message>
        <source>One address per line, with commas between the parts, for example: 3 Old Lane, Exampleton, EX2 3CD</source>
        <translation>ہر سطر میں ایک پتہ، حصوں کے درمیان کوما کے ساتھ، مثلاً: 3 Old Lane, Exampleton, EX2 3CD</translation>
    </message>
    <message>
        <source>By their first name</source>
        <translation>پہلے نام سے</translation>
    </message>
    <message>
        <source>he</source>
        <translation>he (لڑکے کے لیے)</translation>
    </message>
    <message>
        <source>she</source>
        <translation>she (لڑکی کے لیے)</translation>
    </message>
    <message>
        <source>they</source>
        <translation>they (کسی کے لیے بھی)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Former names (optional)</source>
        <translation>پرانے نام، اختیاری</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Unique Pupil Number, UPN (optional)</source>
        <translation>طالب علم کا منفرد نمبر، UPN، اختیاری</translation>
    </message>
    <message>
        <source>Former UPNs (optional)</source>
        <translation>پرانے UPN، اختیاری</translation>
    </message>
    <message>
        <source>Unique Learner Number, ULN (optional)</source>
        <translation>سیکھنے والے کا منفرد نمبر، ULN، اختیاری</translation>
    </message>
    <message>
        <source>Past addresses (optional)</source>
        <translation>پرانے پتے، اختیاری</translation>
    </message>
    <message>
        <source>In the letter, call the child</source>
        <translation>خط میں بچے کو کیسے پکاریں</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>پورا نام (&amp;F)</translation>
    </message>
    <message>
        <source>As the school would have it.</source>
        <translation>جیسا اسکول کے ریکارڈ میں ہو۔</translation>
    </message>
    <message>
        <source>F&amp;ormer names (optional)</source>
        <translation>پرانے نام، اختیاری (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>تاریخ پیدائش (&amp;D)</translation>
    </message>
    <message>
        <source>For example 4 5 2013.</source>
        <translation>مثلاً 4 5 2013۔</translation>
    </message>
    <message>
        <source>&amp;UPN (optional)</source>
        <translation>UPN، اختیاری (&amp;U)</translation>
    </message>
    <message>
        <source>Where do I find the UPN?</source>
        <translation>مجھے UPN کہاں ملے گا؟</translation>
    </message>
    <message>
        <source>Former UPN&amp;s (optional)</source>
        <translation>پرانے UPN، اختیاری (&amp;S)</translation>
    </message>
    <message>
        <source>One per line, if the pupil had another.</source>
        <translation>ہر سطر میں ایک، اگر طالب علم کا کوئی اور تھا۔</translation>
    </message>
    <message>
        <source>U&amp;LN (optional)</source>
        <translation>ULN، اختیاری (&amp;L)</translation>
    </message>
    <message>
        <source>Where do I find the ULN?</source>
        <translation>مجھے ULN کہاں ملے گا؟</translation>
    </message>
    <message>
        <source>Pas&amp;t addresses (optional)</source>
        <translation>پرانے پتے، اختیاری (&amp;T)</translation>
    </message>
    <message>
        <source>In the letter, call the&amp;m</source>
        <translation>خط میں انہیں کیسے پکاریں (&amp;M)</translation>
    </message>
    <message>
        <source>After the first mention the letter uses their first name, or he, she or they if you choose one.</source>
        <translation>خط انگریزی میں ہے: پہلی بار کے بعد یہ بچے کا پہلا نام استعمال کرتا ہے، یا he، she یا they اگر آپ ان میں سے کوئی چنیں۔</translation>
    </message>
    <message>
        <source>Schools attended (optional)</source>
        <translation>اسکول جہاں پڑھا، اختیاری</translation>
    </message>
    <message>
        <source>Schools help the organisation find every record. Add the ones you know.</source>
        <translation>اسکول ادارے کو ہر ریکارڈ تلاش کرنے میں مدد دیتے ہیں۔ جو آپ کو معلوم ہیں وہ شامل کریں۔</translation>
    </message>
</context>
<context>
    <name>PostMethods</name>
    <message>
        <source>First class post</source>
        <translation>فرسٹ کلاس ڈاک</translation>
    </message>
    <message>
        <source>Second class post</source>
        <translation>سیکنڈ کلاس ڈاک</translation>
    </message>
    <message>
        <source>Signed-for post</source>
        <translation>دستخط کے ساتھ وصولی والی ڈاک</translation>
    </message>
    <message>
        <source>Email or online form</source>
        <translation>ای میل یا آن لائن فارم</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check your letter</source>
        <translation>اپنا خط جانچیں</translation>
    </message>
    <message>
        <source>Read the letter before you send it. If anything is wrong, press Back and change your answer: the letter is written again from your answers.</source>
        <translation>بھیجنے سے پہلے خط پڑھ لیں۔ اگر کچھ غلط ہو تو «پیچھے» دبائیں اور اپنا جواب بدلیں: خط آپ کے جوابات سے دوبارہ لکھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>What is in the preview</source>
        <translation>پیش نظارہ میں کیا ہے</translation>
    </message>
    <message>
        <source>Print a &amp;copy of my first letter with it</source>
        <translation>اس کے ساتھ میرے پہلے خط کی کاپی بھی پرنٹ کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Your letter says a copy is enclosed: this prints it after your letter.</source>
        <translation>آپ کے خط میں لکھا ہے کہ کاپی ساتھ ہے: یہ اسے آپ کے خط کے بعد پرنٹ کرتا ہے۔</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>بھیجنے سے پہلے جانچیں</translation>
    </message>
    <message>
        <source>Preparing your letter</source>
        <translation>آپ کا خط تیار ہو رہا ہے</translation>
    </message>
    <message>
        <source>Preparing your letter…</source>
        <translation>آپ کا خط تیار ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>خط کا پیش نظارہ</translation>
    </message>
    <message>
        <source>See it &amp;full window</source>
        <translation>پوری ونڈو میں دیکھیں (&amp;F)</translation>
    </message>
    <message>
        <source>See the letter full window</source>
        <translation>خط پوری ونڈو میں دیکھیں</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>‏PDF محفوظ کریں… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>متن کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Copy text puts the letter on the clipboard for an email or web form. It is cleared again after a short while, and when npdrights locks.</source>
        <translation>«متن کاپی کریں» خط کو ای میل یا ویب فارم کے لیے کلپ بورڈ پر رکھ دیتا ہے۔ تھوڑی دیر بعد، اور npdrights کے بند ہونے پر، یہ دوبارہ صاف ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>This letter can&apos;t be written yet. {problems}. Press Back to change your answers.</source>
        <translation>یہ خط ابھی نہیں لکھا جا سکتا۔ {problems}۔ اپنے جوابات بدلنے کے لیے «پیچھے» دبائیں۔</translation>
    </message>
    <message>
        <source>Below is your letter</source>
        <translation>نیچے آپ کا خط ہے</translation>
    </message>
    <message numerus="yes">
        <source>Below are %n letters, one for each child</source>
        <translation>
            <numerusform>نیچے %n خط ہے، ہر بچے کے لیے ایک</numerusform>
            <numerusform>نیچے %n خطوط ہیں، ہر بچے کے لیے ایک</numerusform>
        </translation>
    </message>
    <message>
        <source>, with the form to sign</source>
        <translation>، دستخط کے فارم کے ساتھ</translation>
    </message>
    <message numerus="yes">
        <source>, with %n forms to sign</source>
        <translation>
            <numerusform>، دستخط کے %n فارم کے ساتھ</numerusform>
            <numerusform>، دستخط کے %n فارموں کے ساتھ</numerusform>
        </translation>
    </message>
    <message>
        <source>your letter of {date}</source>
        <translation>آپ کا {date} والا خط</translation>
    </message>
    <message>
        <source>your first letter</source>
        <translation>آپ کا پہلا خط</translation>
    </message>
    <message>
        <source>Your letter says a copy of {first} is enclosed: put one in the envelope.</source>
        <translation>آپ کے خط میں لکھا ہے کہ {first} کی کاپی ساتھ ہے: ایک کاپی لفافے میں رکھیں۔</translation>
    </message>
    <message>
        <source>A copy of {first} follows it.</source>
        <translation>اس کے بعد {first} کی کاپی ہے۔</translation>
    </message>
    <message>
        <source>, followed by a copy of {first}</source>
        <translation>، اس کے بعد {first} کی کاپی</translation>
    </message>
    <message>
        <source>npdrights has no copy of {first} it can print: put a copy in the envelope yourself.</source>
        <translation>‏npdrights کے پاس {first} کی کوئی کاپی نہیں جو پرنٹ ہو سکے: خود ایک کاپی لفافے میں رکھیں۔</translation>
    </message>
    <message>
        <source>{letters}{forms}. They print together.</source>
        <translation>‏{letters}{forms}۔ یہ ایک ساتھ پرنٹ ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>آپ کا خط</translation>
    </message>
    <message>
        <source>Letter preview, full window</source>
        <translation>خط کا پیش نظارہ، پوری ونڈو</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>‏{path} کے نام سے محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>The letter&apos;s text is on the clipboard.</source>
        <translation>خط کا متن کلپ بورڈ پر ہے۔</translation>
    </message>
    <message>
        <source>The organisation&apos;s address is too long to fit in an envelope window. Go back and shorten its lines.</source>
        <translation>ادارے کا پتہ لفافے کی کھڑکی میں سمانے کے لیے بہت لمبا ہے۔ واپس جائیں اور اس کی سطریں چھوٹی کریں۔</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print: {what}</source>
        <translation>پرنٹ کریں: {what}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF فائلیں</translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation>فائل وہاں محفوظ نہیں ہو سکی ({reason})۔ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>محفوظ نہیں ہو سکا</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>write your full name</source>
        <translation>اپنا پورا نام لکھیں</translation>
    </message>
    <message>
        <source>give your postal address, one line per item</source>
        <translation>اپنا ڈاک کا پتہ لکھیں، ہر حصہ الگ سطر میں</translation>
    </message>
    <message>
        <source>not an email address (expected name@example.org)</source>
        <translation>یہ ای میل پتہ نہیں ہے (مثال: name@example.org)</translation>
    </message>
    <message>
        <source>name the charity or service you advise for</source>
        <translation>اس خیراتی ادارے یا سروس کا نام لکھیں جس کے لیے آپ مشورہ دیتے ہیں</translation>
    </message>
    <message>
        <source>write the pupil&apos;s full name</source>
        <translation>طالب علم کا پورا نام لکھیں</translation>
    </message>
    <message>
        <source>after the letter&apos;s date ({dated}): check the year</source>
        <translation>یہ تاریخ خط کی تاریخ ({dated}) کے بعد کی ہے: سال جانچیں</translation>
    </message>
    <message>
        <source>{year} is not a year between {first} and {last}</source>
        <translation>سال {year}، {first} اور {last} کے درمیان نہیں ہے</translation>
    </message>
    <message>
        <source>earlier than from_year: check the two years</source>
        <translation>آخری سال پہلے سال سے پہلے کا ہے: دونوں سال جانچیں</translation>
    </message>
    <message>
        <source>type the day, month and year</source>
        <translation>دن، مہینہ اور سال لکھیں</translation>
    </message>
    <message>
        <source>write the school&apos;s name, or remove the school</source>
        <translation>اسکول کا نام لکھیں، یا اسکول ہٹا دیں</translation>
    </message>
    <message>
        <source>tick at least one, or write your reasons in your own words</source>
        <translation>کم از کم ایک منتخب کریں، یا اپنی وجوہات اپنے الفاظ میں لکھیں</translation>
    </message>
    <message>
        <source>privacy in general is true of every pupil, and the law needs a reason particular to your child. Tick one that fits, or write what makes your child&apos;s situation different in your own words</source>
        <translation>عمومی رازداری ہر طالب علم پر لاگو ہوتی ہے، اور قانون کو آپ کے بچے سے متعلق خاص وجہ چاہیے۔ کوئی موزوں وجہ منتخب کریں، یا اپنے الفاظ میں لکھیں کہ آپ کے بچے کی صورتحال کیسے مختلف ہے</translation>
    </message>
    <message>
        <source>tick at least one reason</source>
        <translation>کم از کم ایک وجہ منتخب کریں</translation>
    </message>
    <message>
        <source>fill in at least one correction</source>
        <translation>کم از کم ایک درستی بھریں</translation>
    </message>
    <message>
        <source>say what is wrong, for example &apos;surname&apos;</source>
        <translation>بتائیں کیا غلط ہے، مثلاً &apos;خاندانی نام&apos;</translation>
    </message>
    <message>
        <source>say what the record says now</source>
        <translation>بتائیں کہ ریکارڈ میں ابھی کیا لکھا ہے</translation>
    </message>
    <message>
        <source>say what it should say</source>
        <translation>بتائیں کہ اس میں کیا لکھا ہونا چاہیے</translation>
    </message>
    <message>
        <source>choose what you want to do</source>
        <translation>چنیں کہ آپ کیا کرنا چاہتے ہیں</translation>
    </message>
    <message>
        <source>this case has not been marked as sent yet: mark it as sent first</source>
        <translation>یہ کیس ابھی بھیجا ہوا درج نہیں ہوا: پہلے اسے بھیجا ہوا درج کریں</translation>
    </message>
    <message>
        <source>give the day, month and year you sent your letter</source>
        <translation>وہ دن، مہینہ اور سال لکھیں جب آپ نے خط بھیجا</translation>
    </message>
    <message>
        <source>this date is in the future: check the year</source>
        <translation>یہ تاریخ مستقبل کی ہے: سال جانچیں</translation>
    </message>
    <message>
        <source>choose who is asking</source>
        <translation>چنیں کہ کون پوچھ رہا ہے</translation>
    </message>
    <message>
        <source>add yourself</source>
        <translation>اپنے آپ کو شامل کریں</translation>
    </message>
    <message>
        <source>add at least one child</source>
        <translation>کم از کم ایک بچہ شامل کریں</translation>
    </message>
    <message>
        <source>asking about yourself, the letter is about one person: remove the others</source>
        <translation>آپ اپنے بارے میں پوچھ رہے ہیں، اس لیے خط ایک فرد کے بارے میں ہے: باقی ہٹا دیں</translation>
    </message>
    <message>
        <source>write the organisation&apos;s name</source>
        <translation>ادارے کا نام لکھیں</translation>
    </message>
    <message>
        <source>give its postal address, one line per item</source>
        <translation>اس کا ڈاک کا پتہ لکھیں، ہر حصہ الگ سطر میں</translation>
    </message>
    <message>
        <source>a UPN has 13 characters (a letter, then 12 more); {number} has {count}</source>
        <translation>‏UPN کے 13 حروف ہوتے ہیں (ایک حرف، پھر 12 اور)؛ {number} کے {count} ہیں</translation>
    </message>
    <message>
        <source>{number} is not a UPN: it should be a letter, 11 digits, then a digit or a letter</source>
        <translation>‏{number} کوئی UPN نہیں: اس میں ایک حرف، 11 ہندسے، پھر ایک ہندسہ یا حرف ہونا چاہیے</translation>
    </message>
    <message>
        <source>{code} in UPN {number} is not a local-authority code the app knows (its list is from 2011); the check letter matches, so it is probably a newer council&apos;s code</source>
        <translation>‏UPN {number} میں {code} کوئی ایسا مقامی حکومت کوڈ نہیں جو ایپ جانتی ہو (اس کی فہرست 2011 کی ہے)؛ جانچ کا حرف درست ہے، اس لیے یہ شاید کسی نئی کونسل کا کوڈ ہے</translation>
    </message>
    <message>
        <source>{number} is not a UPN: {code} (characters 2 to 4) is not an English local-authority code</source>
        <translation>‏{number} کوئی UPN نہیں: {code} (حروف 2 سے 4) انگلینڈ کی کسی مقامی حکومت کا کوڈ نہیں</translation>
    </message>
    <message>
        <source>{number} is not a UPN: the first letter does not match the rest; check each character for a typo</source>
        <translation>‏{number} کوئی UPN نہیں: پہلا حرف باقی سے میل نہیں کھاتا؛ ہر حرف میں ٹائپنگ کی غلطی جانچیں</translation>
    </message>
    <message>
        <source>a ULN is 10 digits; {number} is not</source>
        <translation>‏ULN میں 10 ہندسے ہوتے ہیں؛ {number} میں نہیں</translation>
    </message>
    <message>
        <source>The from year {value} is not a number npdrights can use.</source>
        <translation>شروع کا سال {value} ایسا عدد نہیں جسے npdrights استعمال کر سکے۔</translation>
    </message>
    <message>
        <source>The to year {value} is not a number npdrights can use.</source>
        <translation>آخری سال {value} ایسا عدد نہیں جسے npdrights استعمال کر سکے۔</translation>
    </message>
    <message>
        <source>The extension months {value} is not a number npdrights can use.</source>
        <translation>توسیع کے مہینے {value}: یہ ایسا عدد نہیں جسے npdrights استعمال کر سکے۔</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>A maintained school (run by the council)</source>
        <translation>سرکاری اسکول (کونسل کے زیرِ انتظام)</translation>
    </message>
    <message>
        <source>A non-maintained special school</source>
        <translation>غیر سرکاری خصوصی اسکول</translation>
    </message>
    <message>
        <source>An academy or free school</source>
        <translation>اکیڈمی یا فری اسکول</translation>
    </message>
    <message>
        <source>An independent (private) school</source>
        <translation>آزاد (نجی) اسکول</translation>
    </message>
    <message>
        <source>An academy trust</source>
        <translation>اکیڈمی ٹرسٹ</translation>
    </message>
    <message>
        <source>A local authority (council)</source>
        <translation>مقامی حکومت (کونسل)</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>کوئی اور ادارہ</translation>
    </message>
    <message>
        <source>Who does it go to?</source>
        <translation>یہ کس کو جائے گا؟</translation>
    </message>
    <message>
        <source>The Department for Education (DfE) controls the National Pupil Database, so it must answer for it, not the school. Schools, academy trusts and councils hold their own records and answer for those.</source>
        <translation>محکمۂ تعلیم (DfE) نیشنل پیوپل ڈیٹابیس کو کنٹرول کرتا ہے، اس لیے اس کا جواب اسے دینا ہوتا ہے، اسکول کو نہیں۔ اسکول، اکیڈمی ٹرسٹ اور کونسلیں اپنے ریکارڈ رکھتے ہیں اور ان کا جواب دیتے ہیں۔</translation>
    </message>
    <message>
        <source>The &amp;Department for Education: the National Pupil Database</source>
        <translation>محکمۂ تعلیم (DfE): نیشنل پیوپل ڈیٹابیس (&amp;D)</translation>
    </message>
    <message>
        <source>Everything the DfE holds about the pupil, and who it has given it to. Most people start here.</source>
        <translation>‏DfE کے پاس طالب علم کے بارے میں جو کچھ ہے، اور اس نے وہ کس کو دیا۔ زیادہ تر لوگ یہیں سے شروع کرتے ہیں۔</translation>
    </message>
    <message>
        <source>The &amp;Learning Records Service: the learning record</source>
        <translation>لرننگ ریکارڈز سروس: تعلیمی ریکارڈ (&amp;L)</translation>
    </message>
    <message>
        <source>Qualifications and courses from age 14, found by the Unique Learner Number. The letter goes to the DfE, which runs the service.</source>
        <translation>14 سال کی عمر سے قابلیتیں اور کورسز، جو منفرد لرنر نمبر (ULN) سے ملتے ہیں۔ خط DfE کو جاتا ہے، جو یہ سروس چلاتا ہے۔</translation>
    </message>
    <message>
        <source>A &amp;school, academy trust, council or other organisation</source>
        <translation>اسکول، اکیڈمی ٹرسٹ، کونسل یا کوئی اور ادارہ (&amp;S)</translation>
    </message>
    <message>
        <source>What it holds in its own records.</source>
        <translation>جو کچھ اس کے اپنے ریکارڈ میں ہے۔</translation>
    </message>
    <message>
        <source>Send it to</source>
        <translation>کس کو بھیجیں</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>پتہ جانچیں</translation>
    </message>
    <message>
        <source>Address used: {address}</source>
        <translation>استعمال ہونے والا پتہ: {address}</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <source>Saved organisations</source>
        <translation>محفوظ ادارے</translation>
    </message>
    <message>
        <source>A new organisation</source>
        <translation>نیا ادارہ</translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation>ادارے کا نام</translation>
    </message>
    <message>
        <source>Organisation&apos;s address</source>
        <translation>ادارے کا پتہ</translation>
    </message>
    <message>
        <source>Organisation&apos;s postcode</source>
        <translation>ادارے کا پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Organisation&apos;s email (optional)</source>
        <translation>ادارے کا ای میل (اختیاری)</translation>
    </message>
    <message>
        <source>What kind of organisation</source>
        <translation>ادارے کی قسم</translation>
    </message>
    <message>
        <source>Sa&amp;ved</source>
        <translation>محفوظ (&amp;V)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>نام (&amp;M)</translation>
    </message>
    <message>
        <source>For example: Exampleton Primary School, or Exampleshire County Council.</source>
        <translation>مثلاً: Exampleton Primary School، یا Exampleshire County Council۔</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>پتہ (&amp;A)</translation>
    </message>
    <message>
        <source>One line for each part, without the postcode.</source>
        <translation>ہر حصے کے لیے ایک سطر، پوسٹ کوڈ کے بغیر۔</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>پوسٹ کوڈ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation>ای میل، اختیاری (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>قسم (&amp;K)</translation>
    </message>
    <message>
        <source>A maintained school must also show a parent the educational record.</source>
        <translation>سرکاری اسکول کو والدین کو تعلیمی ریکارڈ بھی دکھانا ہوتا ہے۔</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>To check you have it, type the first &amp;group on line {line}:</source>
        <translation>یہ جانچنے کے لیے کہ کوڈ آپ کے پاس ہے، سطر {line} کا پہلا گروپ ٹائپ کریں (&amp;G):</translation>
    </message>
    <message>
        <source>To check you have it, type the second &amp;group on line {line}:</source>
        <translation>یہ جانچنے کے لیے کہ کوڈ آپ کے پاس ہے، سطر {line} کا دوسرا گروپ ٹائپ کریں (&amp;G):</translation>
    </message>
    <message>
        <source>To check you have it, type the third &amp;group on line {line}:</source>
        <translation>یہ جانچنے کے لیے کہ کوڈ آپ کے پاس ہے، سطر {line} کا تیسرا گروپ ٹائپ کریں (&amp;G):</translation>
    </message>
    <message>
        <source>To check you have it, type the fourth &amp;group on line {line}:</source>
        <translation>یہ جانچنے کے لیے کہ کوڈ آپ کے پاس ہے، سطر {line} کا چوتھا گروپ ٹائپ کریں (&amp;G):</translation>
    </message>
    <message>
        <source>That isn&apos;t the first group on line {line}. Check it against your copy.</source>
        <translation>یہ سطر {line} کا پہلا گروپ نہیں ہے۔ اپنی کاپی سے ملا کر دیکھیں۔</translation>
    </message>
    <message>
        <source>That isn&apos;t the second group on line {line}. Check it against your copy.</source>
        <translation>یہ سطر {line} کا دوسرا گروپ نہیں ہے۔ اپنی کاپی سے ملا کر دیکھیں۔</translation>
    </message>
    <message>
        <source>That isn&apos;t the third group on line {line}. Check it against your copy.</source>
        <translation>یہ سطر {line} کا تیسرا گروپ نہیں ہے۔ اپنی کاپی سے ملا کر دیکھیں۔</translation>
    </message>
    <message>
        <source>That isn&apos;t the fourth group on line {line}. Check it against your copy.</source>
        <translation>یہ سطر {line} کا چوتھا گروپ نہیں ہے۔ اپنی کاپی سے ملا کر دیکھیں۔</translation>
    </message>
    <message>
        <source>Keep your recovery code safe</source>
        <translation>اپنا ریکوری کوڈ محفوظ رکھیں</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way to open your cases. Write it down, or print it, and keep it away from this computer. It will not be shown again.</source>
        <translation>اگر آپ کبھی اپنا پاس فریز بھول جائیں تو اپنے کیس کھولنے کا یہی کوڈ واحد راستہ ہے۔ اسے لکھ لیں یا پرنٹ کر لیں، اور اس کمپیوٹر سے دور رکھیں۔ یہ دوبارہ نہیں دکھایا جائے گا۔</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>ریکوری کوڈ</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں… (&amp;P)</translation>
    </message>
    <message>
        <source>The sheet you save or print is in English. It shows this code and says the same as this screen: keep it safe, away from this computer, as it is the only other way to open your cases.</source>
        <translation>جو شیٹ آپ محفوظ یا پرنٹ کریں گے وہ انگریزی میں ہے۔ اس میں یہی کوڈ ہے اور وہی بات لکھی ہے جو اس اسکرین پر ہے: اسے اس کمپیوٹر سے دور، محفوظ جگہ رکھیں، کیونکہ آپ کے کیس کھولنے کا یہی دوسرا راستہ ہے۔</translation>
    </message>
    <message>
        <source>If you lose both your passphrase and this code, nobody can open your cases: not you, not us. There is no back door.</source>
        <translation>اگر آپ کا پاس فریز اور یہ کوڈ دونوں کھو جائیں تو کوئی بھی آپ کے کیس نہیں کھول سکتا: نہ آپ، نہ ہم۔ کوئی چور دروازہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Group of the recovery code</source>
        <translation>ریکوری کوڈ کا گروپ</translation>
    </message>
    <message>
        <source>I have kept my recovery code – &amp;continue</source>
        <translation>میں نے اپنا ریکوری کوڈ رکھ لیا ہے – جاری رکھیں (&amp;C)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Press and media</source>
        <translation>پریس اور میڈیا</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>تجارتی</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>تحقیق</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>حکومت</translation>
    </message>
    <message>
        <source>Home Office</source>
        <translation>ہوم آفس</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>پولیس</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>عدالتی حکم</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Tiers of data</source>
        <translation>ڈیٹا کے درجے</translation>
    </message>
    <message>
        <source>Approved by the Data Sharing Approvals Panel</source>
        <translation>ڈیٹا شیئرنگ اپروولز پینل کی منظوری سے</translation>
    </message>
    <message>
        <source>Regular data-sharing agreements</source>
        <translation>ڈیٹا شیئرنگ کے باقاعدہ معاہدے</translation>
    </message>
    <message>
        <source>NPD requests approved before April 2018</source>
        <translation>اپریل 2018 سے پہلے منظور شدہ NPD درخواستیں</translation>
    </message>
    <message>
        <source>NPD requests completed</source>
        <translation>مکمل شدہ NPD درخواستیں</translation>
    </message>
    <message>
        <source>NPD requests still open</source>
        <translation>ابھی کھلی NPD درخواستیں</translation>
    </message>
    <message>
        <source>NPD live cases</source>
        <translation>جاری NPD کیس</translation>
    </message>
    <message>
        <source>Police and criminal investigations</source>
        <translation>پولیس اور فوجداری تفتیش</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>عدالتی احکامات</translation>
    </message>
    <message>
        <source>Other sheet</source>
        <translation>دوسری شیٹ</translation>
    </message>
    <message>
        <source>Public record</source>
        <translation>عوامی ریکارڈ</translation>
    </message>
</context>
<context>
    <name>RegisterCompare</name>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} سے {last} تک</translation>
    </message>
    <message>
        <source>Not known: the register does not say which years of data this release covered. Ask the DfE.</source>
        <translation>معلوم نہیں: رجسٹر یہ نہیں بتاتا کہ اس فراہمی میں کن سالوں کا ڈیٹا تھا۔ DfE سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Possibly: it covered {covered}, and the child was at school in {both}. Only the DfE can say whether the child&apos;s record was in it.</source>
        <translation>ممکن ہے: اس میں {covered} کا ڈیٹا تھا، اور بچہ اس دوران ({both}) اسکول میں تھا۔ صرف DfE بتا سکتا ہے کہ بچے کا ریکارڈ اس میں تھا یا نہیں۔</translation>
    </message>
    <message>
        <source>Unlikely: it covered {covered}, outside the child&apos;s school years.</source>
        <translation>اس کا امکان کم ہے: اس میں {covered} کا ڈیٹا تھا، جو بچے کے اسکول کے سالوں سے باہر ہے۔</translation>
    </message>
</context>
<context>
    <name>RegisterExplorer</name>
    <message>
        <source>Who has been given pupil data – npdrights</source>
        <translation>طلبہ کا ڈیٹا کسے دیا گیا – npdrights</translation>
    </message>
    <message>
        <source>The Department for Education publishes a register of the organisations it has given National Pupil Database data to. npdrights starts with releases known from public sources. For the full list, download the latest “DfE external data shares” file from GOV.UK and import it here.</source>
        <translation>DfE کا رجسٹر بتاتا ہے کہ اس نے طلبہ کا ڈیٹا (NPD) کن اداروں کو دیا۔ یہاں عوامی ذرائع سے معلوم فراہمیاں ہیں؛ پوری فہرست کے لیے GOV.UK سے “DfE external data shares” فائل امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>&amp;Import the DfE&apos;s register file…</source>
        <translation>DfE کے رجسٹر کی فائل امپورٹ کریں… (&amp;I)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>امپورٹ ہو رہا ہے</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>تمام اقسام</translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation>وصول کنندہ کی قسم</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>اس سال سے</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>اس سال تک</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>کوئی بھی درجہ</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>درجہ {tier}</translation>
    </message>
    <message>
        <source>Tier of data</source>
        <translation>ڈیٹا کا درجہ</translation>
    </message>
    <message>
        <source>Identifiable data only</source>
        <translation>صرف قابلِ شناخت ڈیٹا</translation>
    </message>
    <message>
        <source>Dataset, e.g. exclusions</source>
        <translation>ڈیٹا سیٹ، مثلاً اخراج</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>ڈیٹا سیٹ</translation>
    </message>
    <message>
        <source>Search names, references, purposes</source>
        <translation>نام، حوالہ نمبر، مقاصد تلاش کریں</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>قسم: (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>سے: (&amp;F)</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>تک:</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>ڈیٹا کی فراہمی</translation>
    </message>
    <message>
        <source>Releases per year, by type of recipient</source>
        <translation>ہر سال ڈیٹا کی فراہمی، وصول کنندہ کی قسم کے لحاظ سے</translation>
    </message>
    <message>
        <source>The release</source>
        <translation>ڈیٹا کی فراہمی</translation>
    </message>
    <message>
        <source>Choose a release in the list.</source>
        <translation>فہرست میں سے کوئی فراہمی چنیں۔</translation>
    </message>
    <message>
        <source>Keep this type</source>
        <translation>یہی قسم رکھیں</translation>
    </message>
    <message>
        <source>Change to: {type}</source>
        <translation>بدل کر کریں: {type}</translation>
    </message>
    <message>
        <source>Go back to npdrights’ own guess</source>
        <translation>npdrights کے اپنے اندازے پر واپس جائیں</translation>
    </message>
    <message>
        <source>Correct the type</source>
        <translation>قسم درست کریں</translation>
    </message>
    <message>
        <source>Could my child&apos;s data have been in this?</source>
        <translation>کیا میرے بچے کا ڈیٹا اس میں ہو سکتا تھا؟</translation>
    </message>
    <message>
        <source>First year at school</source>
        <translation>اسکول کا پہلا سال</translation>
    </message>
    <message>
        <source>Last year at school</source>
        <translation>اسکول کا آخری سال</translation>
    </message>
    <message>
        <source>Type the years your child was at school in England.</source>
        <translation>وہ سال لکھیں جن میں آپ کا بچہ انگلینڈ میں اسکول میں تھا۔</translation>
    </message>
    <message>
        <source>First year at &amp;school:</source>
        <translation>اسکول کا پہلا سال: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Last year at school:</source>
        <translation>اسکول کا آخری سال: (&amp;L)</translation>
    </message>
    <message>
        <source>Ask this &amp;organisation what it holds…</source>
        <translation>اس ادارے سے پوچھیں کہ اس کے پاس کیا ہے… (&amp;O)</translation>
    </message>
    <message>
        <source>Ask the &amp;DfE about this release…</source>
        <translation>اس فراہمی کے بارے میں DfE سے پوچھیں… (&amp;D)</translation>
    </message>
    <message>
        <source>O&amp;bject, naming this recipient…</source>
        <translation>اس وصول کنندہ کا نام لے کر اعتراض کریں… (&amp;B)</translation>
    </message>
    <message>
        <source>Showing all {total} releases.</source>
        <translation>تمام {total} فراہمیاں دکھائی جا رہی ہیں۔</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} releases.</source>
        <translation>{total} میں سے {shown} فراہمیاں دکھائی جا رہی ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) chosen</source>
        <translation>
            <numerusform>%n فراہمی چنی گئی</numerusform>
            <numerusform>%n فراہمیاں چنی گئیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the first and last years your child was at school in England.</source>
        <translation>وہ پہلا اور آخری سال لکھیں جب آپ کا بچہ انگلینڈ میں اسکول میں تھا۔</translation>
    </message>
    <message>
        <source>The first year is after the last year: check the two years.</source>
        <translation>پہلا سال آخری سال کے بعد ہے: دونوں سال جانچ لیں۔</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>اسپریڈ شیٹس</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>تمام فائلیں</translation>
    </message>
    <message>
        <source>Import the DfE&apos;s register</source>
        <translation>DfE کا رجسٹر امپورٹ کریں</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} امپورٹ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>امپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation>رجسٹر امپورٹ ہو گیا</translation>
    </message>
    <message>
        <source>{name} was imported before: nothing has changed.</source>
        <translation>{name} پہلے امپورٹ ہو چکی ہے: کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Imported {name}: {added} new releases, {updated} updated.</source>
        <translation>{name} امپورٹ ہو گئی: نئی فراہمیاں: {added}، تازہ کی گئیں: {updated}۔</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source>Date: {day}</source>
        <translation>تاریخ: {day}</translation>
    </message>
    <message>
        <source>Date, as written: {text}</source>
        <translation>تاریخ، جیسے لکھی گئی: {text}</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>حوالہ نمبر: {reference}</translation>
    </message>
    <message>
        <source>What for: {purpose}</source>
        <translation>کس لیے: {purpose}</translation>
    </message>
    <message>
        <source>Years of data: {first}–{last}</source>
        <translation>ڈیٹا کے سال: {first}–{last}</translation>
    </message>
    <message>
        <source>{tier} (identifiable)</source>
        <translation>{tier} (قابلِ شناخت)</translation>
    </message>
    <message>
        <source>Identifiable data</source>
        <translation>قابلِ شناخت ڈیٹا</translation>
    </message>
    <message>
        <source>Not identifiable (pseudonymised or aggregated)</source>
        <translation>قابلِ شناخت نہیں (فرضی نام والا یا مجموعی)</translation>
    </message>
    <message>
        <source>Datasets: {datasets}</source>
        <translation>ڈیٹا سیٹس: {datasets}</translation>
    </message>
    <message>
        <source>Legal basis given: {basis}</source>
        <translation>بتائی گئی قانونی بنیاد: {basis}</translation>
    </message>
    <message>
        <source>Listed in: {sheet}</source>
        <translation>اس میں درج: {sheet}</translation>
    </message>
    <message>
        <source>Source: {source} (checked {day})</source>
        <translation>ماخذ: {source} (جانچ {day})</translation>
    </message>
    <message>
        <source>Imported from: {source}</source>
        <translation>یہاں سے امپورٹ کیا گیا: {source}</translation>
    </message>
</context>
<context>
    <name>RegisterFile</name>
    <message>
        <source>npdrights could not read the register it had saved (after an update, or because the file was damaged), so it has started again from its built-in public record. Import the DfE&apos;s register file again.</source>
        <translation>npdrights اپنا محفوظ کیا ہوا رجسٹر نہیں پڑھ سکا (اپ ڈیٹ کے بعد، یا فائل خراب ہونے کی وجہ سے)، اس لیے اس نے اپنے اندرونی عوامی ریکارڈ سے دوبارہ شروع کیا ہے۔ DfE کے رجسٹر کی فائل دوبارہ امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>npdrights found no releases in {name}: no sheet had a row of column names with an organisation or a reference. Check it is the DfE&apos;s “external data shares” file from GOV.UK.</source>
        <translation>npdrights کو {name} میں کوئی فراہمی نہیں ملی: کسی شیٹ میں کالموں کے ناموں کی ایسی قطار نہیں تھی جس میں ادارہ یا حوالہ نمبر ہو۔ دیکھیں کہ یہ GOV.UK سے DfE کی “external data shares” فائل ہی ہے۔</translation>
    </message>
    <message>
        <source>Download it again from the DfE&apos;s “external data shares” page on GOV.UK, then import that copy.</source>
        <translation>اسے GOV.UK پر DfE کے “external data shares” صفحے سے دوبارہ ڈاؤن لوڈ کریں، پھر وہ کاپی امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>{name} is {size} MB, too big to be the DfE&apos;s register (the largest edition is well under 1 MB; npdrights reads up to {most} MB). Check you chose the right file.</source>
        <translation>{name} کا سائز {size} MB ہے، DfE کے رجسٹر کے لیے بہت بڑا (سب سے بڑا ایڈیشن 1 MB سے کافی کم ہے؛ npdrights {most} MB تک پڑھتا ہے)۔ دیکھیں کہ آپ نے صحیح فائل چنی ہے۔</translation>
    </message>
    <message>
        <source>{name} is a folder. Choose the register file inside it.</source>
        <translation>{name} ایک فولڈر ہے۔ اس کے اندر رجسٹر کی فائل چنیں۔</translation>
    </message>
    <message>
        <source>npdrights could not open {name} ({reason}). Check the file is still there and that you can open it.</source>
        <translation>npdrights فائل {name} نہیں کھول سکا ({reason})۔ دیکھیں کہ فائل ابھی وہیں ہے اور آپ اسے کھول سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} خالی ہے۔</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet npdrights can read. The DfE publishes its register as an ODS spreadsheet.</source>
        <translation>{name} ایسی اسپریڈ شیٹ نہیں جو npdrights پڑھ سکے۔ DfE اپنا رجسٹر ODS اسپریڈ شیٹ کی صورت میں شائع کرتا ہے۔</translation>
    </message>
    <message>
        <source>{name} is damaged: it is cut short or changed.</source>
        <translation>{name} خراب ہے: یہ ادھوری ہے یا بدل دی گئی ہے۔</translation>
    </message>
    <message>
        <source>{name} holds {count} packed files, far more than a spreadsheet does. npdrights did not read it, in case it was made to fill the computer&apos;s memory.</source>
        <translation>{name} میں {count} پیک شدہ فائلیں ہیں، اسپریڈ شیٹ سے کہیں زیادہ۔ npdrights نے اسے نہیں پڑھا، کہیں یہ کمپیوٹر کی میموری بھرنے کے لیے نہ بنائی گئی ہو۔</translation>
    </message>
    <message>
        <source>{name} would unpack to {size} MB, far more than any edition of the register. npdrights did not read it, in case it was made to fill the computer&apos;s memory.</source>
        <translation>{name} کھلنے پر {size} MB کی ہو جائے گی، رجسٹر کے کسی بھی ایڈیشن سے کہیں زیادہ۔ npdrights نے اسے نہیں پڑھا، کہیں یہ کمپیوٹر کی میموری بھرنے کے لیے نہ بنائی گئی ہو۔</translation>
    </message>
    <message>
        <source>{name} is a packed file, but not a spreadsheet (ODS or XLSX). If it is a zip of the DfE&apos;s files, unpack it first and import the spreadsheet inside.</source>
        <translation>{name} ایک پیک شدہ فائل ہے، لیکن اسپریڈ شیٹ (ODS یا XLSX) نہیں۔ اگر یہ DfE کی فائلوں کا zip ہے تو پہلے اسے کھولیں اور اندر والی اسپریڈ شیٹ امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>This spreadsheet is protected by a password. Open it, save a copy without one, and import that.</source>
        <translation>یہ اسپریڈ شیٹ پاس ورڈ سے محفوظ ہے۔ اسے کھولیں، پاس ورڈ کے بغیر ایک کاپی محفوظ کریں، اور وہ امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>npdrights could not read this {kind} file: it is damaged or not really a spreadsheet.</source>
        <translation>npdrights یہ {kind} فائل نہیں پڑھ سکا: یہ خراب ہے یا اصل میں اسپریڈ شیٹ نہیں۔</translation>
    </message>
    <message>
        <source>npdrights could not read this CSV file (line {line}: {detail}). Open it in a spreadsheet program and save it again as CSV, or import the original ODS file.</source>
        <translation>npdrights یہ CSV فائل نہیں پڑھ سکا (لائن {line}: {detail})۔ اسے اسپریڈ شیٹ پروگرام میں کھول کر دوبارہ CSV کے طور پر محفوظ کریں، یا اصل ODS فائل امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>This file has more than {most} rows, far more than any edition of the register. npdrights did not import it. Check you chose the right file.</source>
        <translation>اس فائل میں {most} سے زیادہ قطاریں ہیں، رجسٹر کے کسی بھی ایڈیشن سے کہیں زیادہ۔ npdrights نے اسے امپورٹ نہیں کیا۔ دیکھیں کہ آپ نے صحیح فائل چنی ہے۔</translation>
    </message>
</context>
<context>
    <name>RegisterLetters</name>
    <message>
        <source>Unlock npdrights first: letters and cases are kept in your encrypted vault. The register stays open.</source>
        <translation>پہلے npdrights کھولیں: خطوط اور کیس آپ کے خفیہ محفوظ خانے میں رکھے جاتے ہیں۔ رجسٹر کھلا رہتا ہے۔</translation>
    </message>
</context>
<context>
    <name>ReleasesBox</name>
    <message>
        <source>Releases this letter asks about</source>
        <translation>وہ ڈیٹا ریلیز جن کے بارے میں یہ خط پوچھتا ہے</translation>
    </message>
    <message>
        <source>From the register of data shares. Untick any you don&apos;t want named in the letter.</source>
        <translation>ڈیٹا شیئرنگ کے رجسٹر سے۔ جو آپ خط میں نہیں لکھوانا چاہتے انہیں خالی کر دیں۔</translation>
    </message>
    <message>
        <source>Name in the letter: {release}</source>
        <translation>خط میں لکھیں: {release}</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>وصول کنندہ کا نام نہیں دیا گیا</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>حوالہ نمبر {reference}</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <source>Given to</source>
        <translation>کسے دیا گیا</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ نمبر</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>کس لیے</translation>
    </message>
    <message>
        <source>Years of data</source>
        <translation>ڈیٹا کے سال</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>درجہ</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>نہیں بتایا گیا</translation>
    </message>
    <message>
        <source>{type} (inferred)</source>
        <translation>{type} (اندازہ)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>نہیں بتایا گیا</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>درجہ {tier}</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <source>Your reminder of {sent} asked {body} to reply by {due}: ten working days, a fair time the app suggests rather than a legal deadline. If it hasn&apos;t replied by then, the next step is a complaint to it.</source>
        <translation>{sent} کی آپ کی یاد دہانی میں {body} سے {due} تک جواب مانگا گیا ہے: یعنی دس کاروباری دن۔ یہ مناسب وقت ایپ تجویز کرتی ہے، یہ کوئی قانونی آخری تاریخ نہیں۔ اگر تب تک جواب نہ آئے تو اگلا قدم اسی ادارے سے شکایت کرنا ہے۔</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup file</source>
        <translation>بیک اپ فائل سے بحال کریں</translation>
    </message>
    <message>
        <source>&amp;Check the backup</source>
        <translation>بیک اپ جانچیں (&amp;C)</translation>
    </message>
    <message>
        <source>Choose a backup file made with “Back up to a file…” and type the passphrase you gave it. npdrights checks all of it first and shows you what it holds; nothing changes until you choose Restore.</source>
        <translation>“فائل میں بیک اپ لیں…” سے بنائی گئی بیک اپ فائل چنیں اور وہ پاس فریز ٹائپ کریں جو آپ نے اسے دیا تھا۔ npdrights پہلے پوری فائل جانچ کر دکھاتا ہے کہ اس میں کیا ہے؛ جب تک آپ بحال کریں نہ چنیں، کچھ نہیں بدلتا۔</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>بیک اپ فائل</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>بیک اپ فائل (&amp;F)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>بیک اپ کا پاس فریز</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>بیک اپ کا پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>New vault passphrase</source>
        <translation>نئے محفوظ خانے کا پاس فریز</translation>
    </message>
    <message>
        <source>New vault passphrase again</source>
        <translation>نئے محفوظ خانے کا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>&amp;New vault passphrase</source>
        <translation>نئے محفوظ خانے کا پاس فریز (&amp;N)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>دوبارہ ٹائپ کریں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add the backup&apos;s cases to this vault</source>
        <translation>بیک اپ کے کیس اس محفوظ خانے میں شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace everything in this vault with the backup</source>
        <translation>اس محفوظ خانے میں سب کچھ بیک اپ سے بدل دیں (&amp;R)</translation>
    </message>
    <message>
        <source>Adding never overwrites: a case that is already here stays as it is.</source>
        <translation>شامل کرنے سے کچھ مٹتا نہیں: جو کیس پہلے سے یہاں ہے وہ ویسا ہی رہتا ہے۔</translation>
    </message>
    <message>
        <source>Replacing keeps a copy of what the vault holds now in its snapshot folder.</source>
        <translation>بدلنے پر محفوظ خانے کے موجودہ مواد کی ایک کاپی اس کے اسنیپ شاٹ فولڈر میں رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>کیا کریں</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation>بیک اپ فائل چنیں اور اس کا پاس فریز ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>بیک اپ جانچا جا رہا ہے…</translation>
    </message>
    <message>
        <source>The backup is complete and undamaged.</source>
        <translation>بیک اپ مکمل اور درست ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n of its cases are already in this vault and will be left as they are: {references}.</source>
        <translation>
            <numerusform>اس کا %n کیس پہلے سے اس محفوظ خانے میں ہے اور ویسا ہی رہے گا: {references}۔</numerusform>
            <numerusform>اس کے %n کیس پہلے سے اس محفوظ خانے میں ہیں اور ویسے ہی رہیں گے: {references}۔</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بحال کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>بحال کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Added {cases}, {events}, {letters} and {attachments}.</source>
        <translation>شامل کیے گئے: {cases}، {events}، {letters} اور {attachments}۔</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n کیس</numerusform>
            <numerusform>%n کیس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n واقعہ</numerusform>
            <numerusform>%n واقعات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n خط</numerusform>
            <numerusform>%n خطوط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n منسلکہ</numerusform>
            <numerusform>%n منسلکات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) from the backup were already in this vault and were left as they were: {references}.</source>
        <translation>
            <numerusform>بیک اپ کا %n کیس پہلے سے اس محفوظ خانے میں تھا اور ویسا ہی رکھا گیا: {references}۔</numerusform>
            <numerusform>بیک اپ کے %n کیس پہلے سے اس محفوظ خانے میں تھے اور ویسے ہی رکھے گئے: {references}۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), household(s) or organisation(s) already in this vault had different details in the backup; your vault&apos;s details were kept.</source>
        <translation>
            <numerusform>اس محفوظ خانے میں موجود %n شخص، گھرانے یا ادارے کی تفصیلات بیک اپ میں مختلف تھیں؛ آپ کے محفوظ خانے کی تفصیلات رکھی گئیں۔</numerusform>
            <numerusform>اس محفوظ خانے میں موجود %n افراد، گھرانوں یا اداروں کی تفصیلات بیک اپ میں مختلف تھیں؛ آپ کے محفوظ خانے کی تفصیلات رکھی گئیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>مدتِ حفاظت</translation>
    </message>
    <message>
        <source>Cases to delete under your retention policy</source>
        <translation>آپ کی مدتِ حفاظت کی پالیسی کے تحت حذف کرنے والے کیس</translation>
    </message>
    <message>
        <source>The law says personal data is kept no longer than it is needed (UK GDPR Article 5(1)(e)). Your organisation decides how long that is. Cases are listed here once they have been closed for that long; nothing is deleted until you confirm. The policy itself is set under {where}.</source>
        <translation>قانون کہتا ہے کہ ذاتی ڈیٹا ضرورت سے زیادہ دیر نہ رکھا جائے (⁦UK GDPR Article 5(1)(e)⁩)۔ یہ مدت آپ کا ادارہ طے کرتا ہے۔ جو کیس اتنی دیر سے بند ہوں وہ یہاں دکھائے جاتے ہیں؛ آپ کی تصدیق کے بغیر کچھ حذف نہیں ہوتا۔ پالیسی خود {where} میں طے کی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation>کس کے بارے میں</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>بند ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>Past the policy since</source>
        <translation>پالیسی کی مدت گزرنے کی تاریخ</translation>
    </message>
    <message>
        <source>Cases past the retention policy</source>
        <translation>مدتِ حفاظت سے گزرے ہوئے کیس</translation>
    </message>
    <message>
        <source>&amp;Back up first…</source>
        <translation>پہلے بیک اپ لیں… (&amp;B)</translation>
    </message>
    <message>
        <source>Keep a copy in a backup file, in case these cases are needed again</source>
        <translation>ان کیسوں کی کاپی بیک اپ فائل میں رکھیں، اگر کبھی دوبارہ ضرورت پڑے</translation>
    </message>
    <message>
        <source>&amp;Delete these cases…</source>
        <translation>یہ کیس حذف کریں… (&amp;D)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(معلوم نہیں)</translation>
    </message>
    <message>
        <source>No retention policy: closed cases are kept until someone deletes them.</source>
        <translation>مدتِ حفاظت کی کوئی پالیسی نہیں: بند کیس تب تک رکھے جاتے ہیں جب تک کوئی انہیں حذف نہ کرے۔</translation>
    </message>
    <message>
        <source>You can set one under {where}.</source>
        <translation>آپ اسے {where} میں طے کر سکتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are due for deletion %n year(s) after they were closed.</source>
        <translation>
            <numerusform>بند کیس بند ہونے کے %n سال بعد حذف کیے جانے چاہییں۔</numerusform>
            <numerusform>بند کیس بند ہونے کے %n سال بعد حذف کیے جانے چاہییں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past it today.</source>
        <translation>
            <numerusform>آج %n کیس اس مدت سے گزر چکا ہے۔</numerusform>
            <numerusform>آج %n کیس اس مدت سے گزر چکے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is past it today.</source>
        <translation>آج کوئی کیس اس مدت سے نہیں گزرا۔</translation>
    </message>
    <message>
        <source>Delete these cases</source>
        <translation>یہ کیس حذف کریں</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n case(s) for good, with their letters and attachments? This can&apos;t be undone here. If they may be needed again, choose Cancel and keep a copy with Back up first… before deleting. The audit trail will keep that each case was deleted, not who it was about.</source>
        <translation>
            <numerusform>%n کیس اس کے خطوط اور منسلکات سمیت ہمیشہ کے لیے حذف کریں؟ یہاں اسے واپس نہیں کیا جا سکتا۔ اگر اس کی دوبارہ ضرورت پڑ سکتی ہے تو منسوخ کریں چنیں اور حذف کرنے سے پہلے “پہلے بیک اپ لیں…” سے کاپی رکھ لیں۔ ریکارڈِ تبدیلی میں یہ رہے گا کہ کیس حذف ہوا، یہ نہیں کہ وہ کس کے بارے میں تھا۔</numerusform>
            <numerusform>%n کیس ان کے خطوط اور منسلکات سمیت ہمیشہ کے لیے حذف کریں؟ یہاں اسے واپس نہیں کیا جا سکتا۔ اگر ان کی دوبارہ ضرورت پڑ سکتی ہے تو منسوخ کریں چنیں اور حذف کرنے سے پہلے “پہلے بیک اپ لیں…” سے کاپی رکھ لیں۔ ریکارڈِ تبدیلی میں یہ رہے گا کہ ہر کیس حذف ہوا، یہ نہیں کہ وہ کس کے بارے میں تھا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n case(s) with their letters and attachments.</source>
        <translation>
            <numerusform>%n کیس اس کے خطوط اور منسلکات سمیت حذف ہو گیا۔</numerusform>
            <numerusform>%n کیس ان کے خطوط اور منسلکات سمیت حذف ہو گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) named in no other case deleted too.</source>
        <translation>
            <numerusform>%n شخص بھی حذف ہوا جس کا نام کسی اور کیس میں نہیں۔</numerusform>
            <numerusform>%n افراد بھی حذف ہوئے جن کا نام کسی اور کیس میں نہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies stay in the vault&apos;s daily snapshots until newer ones replace them: after the vault has been opened on %n more day(s), so {day} at the earliest. Backup files saved elsewhere, and copies kept aside before a restore, keep them until you delete those files.</source>
        <translation>
            <numerusform>کاپیاں محفوظ خانے کے روزانہ اسنیپ شاٹس میں تب تک رہتی ہیں جب تک نئے اسنیپ شاٹ ان کی جگہ نہ لے لیں: محفوظ خانہ مزید %n دن کھلنے کے بعد، یعنی کم از کم {day} تک۔ کہیں اور محفوظ کی گئی بیک اپ فائلیں، اور بحال کرنے سے پہلے الگ رکھی گئی کاپیاں، انہیں تب تک رکھتی ہیں جب تک آپ وہ فائلیں حذف نہ کریں۔</numerusform>
            <numerusform>کاپیاں محفوظ خانے کے روزانہ اسنیپ شاٹس میں تب تک رہتی ہیں جب تک نئے اسنیپ شاٹ ان کی جگہ نہ لے لیں: محفوظ خانہ مزید %n دن کھلنے کے بعد، یعنی کم از کم {day} تک۔ کہیں اور محفوظ کی گئی بیک اپ فائلیں، اور بحال کرنے سے پہلے الگ رکھی گئی کاپیاں، انہیں تب تک رکھتی ہیں جب تک آپ وہ فائلیں حذف نہ کریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSetting</name>
    <message>
        <source>Retention</source>
        <translation>مدتِ حفاظت</translation>
    </message>
    <message>
        <source>never (no policy)</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سال بعد</numerusform>
            <numerusform>%n سال بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete closed cases after this many years</source>
        <translation>بند کیس اتنے سال بعد حذف کریں</translation>
    </message>
    <message>
        <source>&amp;Delete closed cases after</source>
        <translation>بند کیس حذف کریں (&amp;D)</translation>
    </message>
    <message>
        <source>Cases closed this long ago are listed under {where} for review. Nothing is deleted unasked.</source>
        <translation>اتنی پرانی بند کیسوں کی فہرست جائزے کے لیے {where} میں دکھائی جاتی ہے۔ پوچھے بغیر کچھ حذف نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>an adviser with the admin role</source>
        <translation>ایڈمن کے کردار والا کوئی مشیر</translation>
    </message>
    <message>
        <source>Only an admin can change this: {who}.</source>
        <translation>اسے صرف ایڈمن بدل سکتا ہے: {who}۔</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>{noun} {number}: {field}</source>
        <translation>‏{noun} {number}: {field}</translation>
    </message>
    <message>
        <source>Remove {noun} {number}</source>
        <translation>ہٹائیں: {noun} {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{noun} {number}&lt;/b&gt;</source>
        <translation>‏&lt;b&gt;{noun} {number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>اسکول کا نام</translation>
    </message>
    <message>
        <source>From (year)</source>
        <translation>کب سے (سال)</translation>
    </message>
    <message>
        <source>To (year, blank if still there)</source>
        <translation>کب تک (سال؛ اگر ابھی وہیں ہے تو خالی چھوڑیں)</translation>
    </message>
    <message>
        <source>Local authority (council)</source>
        <translation>مقامی حکومت (کونسل)</translation>
    </message>
    <message>
        <source>Add a sc&amp;hool</source>
        <translation>اسکول شامل کریں (&amp;H)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>اسکول</translation>
    </message>
    <message>
        <source>What is wrong (for example: surname, date of birth)</source>
        <translation>کیا غلط ہے (مثلاً: خاندانی نام، تاریخ پیدائش)</translation>
    </message>
    <message>
        <source>What the record says now</source>
        <translation>ریکارڈ میں ابھی کیا لکھا ہے</translation>
    </message>
    <message>
        <source>What it should say</source>
        <translation>اس میں کیا لکھا ہونا چاہیے</translation>
    </message>
    <message>
        <source>Add &amp;another correction</source>
        <translation>ایک اور درستی شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>درستی</translation>
    </message>
</context>
<context>
    <name>SavedPeople</name>
    <message>
        <source> (born {date})</source>
        <translation> (پیدائش {date})</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>How will you send it?</source>
        <translation>آپ اسے کیسے بھیجیں گے؟</translation>
    </message>
    <message>
        <source>The organisation&apos;s month to answer starts when your letter arrives. How you send it decides when that counts as being, so npdrights can tell you the right date to expect an answer.</source>
        <translation>ادارے کا جواب دینے کا ایک مہینہ تب شروع ہوتا ہے جب آپ کا خط پہنچتا ہے۔ آپ اسے کیسے بھیجتے ہیں، اس سے طے ہوتا ہے کہ اسے کب پہنچا ہوا مانا جائے، تاکہ npdrights آپ کو جواب کی صحیح تاریخ بتا سکے۔</translation>
    </message>
    <message>
        <source>Send it by</source>
        <translation>کس ذریعے سے بھیجیں</translation>
    </message>
    <message>
        <source>Reply by p&amp;ost</source>
        <translation>ڈاک سے جواب (&amp;O)</translation>
    </message>
    <message>
        <source>To your address.</source>
        <translation>آپ کے پتے پر۔</translation>
    </message>
    <message>
        <source>Reply by e&amp;mail</source>
        <translation>ای میل سے جواب (&amp;M)</translation>
    </message>
    <message>
        <source>To the email address you gave. Large files may come by secure link.</source>
        <translation>آپ کے دیے گئے ای میل پتے پر۔ بڑی فائلیں محفوظ لنک کے ذریعے آ سکتی ہیں۔</translation>
    </message>
    <message>
        <source>How you want the answer</source>
        <translation>آپ جواب کیسے چاہتے ہیں</translation>
    </message>
    <message>
        <source>Print in &amp;large type ({points} point)</source>
        <translation>بڑے حروف میں پرنٹ کریں ({points} پوائنٹ) (&amp;L)</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <source>After printing, sign the letter by hand above your name, and keep a copy. If you email it, your typed name is enough.</source>
        <translation>پرنٹ کرنے کے بعد خط پر اپنے نام کے اوپر ہاتھ سے دستخط کریں، اور ایک کاپی رکھ لیں۔ اگر آپ اسے ای میل کریں تو آپ کا ٹائپ کیا ہوا نام کافی ہے۔</translation>
    </message>
    <message>
        <source>&amp;First class post</source>
        <translation>فرسٹ کلاس ڈاک (&amp;F)</translation>
    </message>
    <message>
        <source>{rule} Ask the Post Office for a free certificate of posting.</source>
        <translation>‏{rule} ڈاک خانے سے ڈاک میں ڈالنے کا مفت سرٹیفکیٹ مانگیں۔</translation>
    </message>
    <message>
        <source>S&amp;econd class post</source>
        <translation>سیکنڈ کلاس ڈاک (&amp;E)</translation>
    </message>
    <message>
        <source>Si&amp;gned for</source>
        <translation>دستخط کے ساتھ وصولی (&amp;G)</translation>
    </message>
    <message>
        <source>Costs more, but you can see the day it was delivered. {rule}</source>
        <translation>یہ مہنگا ہے، مگر آپ دیکھ سکتے ہیں کہ خط کس دن پہنچا۔ {rule}</translation>
    </message>
    <message>
        <source>Email or the organisation&apos;s &amp;web form</source>
        <translation>ای میل یا ادارے کا ویب فارم (&amp;W)</translation>
    </message>
    <message>
        <source>Paste the letter&apos;s text. {rule}</source>
        <translation>خط کا متن چسپاں کریں۔ {rule}</translation>
    </message>
</context>
<context>
    <name>SentDateProblems</name>
    <message>
        <source>that date is in the future. Choose &apos;Not yet&apos; and mark it as sent once it has gone</source>
        <translation>یہ تاریخ آنے والے دنوں کی ہے۔ «ابھی نہیں» چنیں، اور خط جانے کے بعد اسے بھیجا ہوا درج کریں</translation>
    </message>
    <message>
        <source>that is before the letter&apos;s date ({dated}). A letter can&apos;t be posted before it is written: if you posted it on that day, date the letter then instead</source>
        <translation>یہ خط کی تاریخ ({dated}) سے پہلے ہے۔ خط لکھے جانے سے پہلے نہیں بھیجا جا سکتا: اگر آپ نے اسے اسی دن بھیجا تھا تو خط پر وہی تاریخ ڈالیں</translation>
    </message>
    <message>
        <source>that is before your first letter was sent ({sent}): check the date</source>
        <translation>یہ آپ کا پہلا خط بھیجے جانے ({sent}) سے پہلے ہے: تاریخ دیکھ لیں</translation>
    </message>
    <message>
        <source>more than a year ago: check the year</source>
        <translation>ایک سال سے زیادہ پہلے: سال دیکھ لیں</translation>
    </message>
</context>
<context>
    <name>Sequence</name>
    <message>
        <source>{noun} is dated after today ({on}). Only record things that have happened.</source>
        <translation>‏{noun} کی تاریخ ({on}) آج کے بعد کی ہے۔ صرف وہی درج کریں جو ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>{noun} can&apos;t arrive on {arrived}, before it was sent on {on}.</source>
        <translation>‏{noun} {arrived} کو نہیں پہنچ سکتا، {on} کو بھیجے جانے سے پہلے۔</translation>
    </message>
    <message>
        <source>{noun} can only be recorded once, but there is one on {first} and another on {on}.</source>
        <translation>‏{noun} صرف ایک بار درج ہو سکتا ہے، مگر ایک {first} کو ہے اور دوسرا {on} کو۔</translation>
    </message>
    <message>
        <source>{noun} on {on} comes after the case was closed on {closed}. If the case is still going, remove the &apos;closed&apos; event first.</source>
        <translation>‏{on} کو {noun} کیس بند ہونے ({closed}) کے بعد ہے۔ اگر کیس ابھی جاری ہے تو پہلے &apos;بند&apos; والا واقعہ ہٹائیں۔</translation>
    </message>
    <message>
        <source>The letter can&apos;t be drafted on {on}, after it was sent on {sent}.</source>
        <translation>خط کا مسودہ {on} کو نہیں بن سکتا، جبکہ وہ {sent} کو بھیجا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>{noun} can&apos;t come before the letter was sent. Record when you sent it first.</source>
        <translation>‏{noun} خط بھیجنے سے پہلے نہیں ہو سکتا۔ پہلے درج کریں کہ آپ نے خط کب بھیجا۔</translation>
    </message>
    <message>
        <source>{noun} only happens in an objection, and this case isn&apos;t one.</source>
        <translation>‏{noun} صرف اعتراض میں ہوتا ہے، اور یہ کیس اعتراض نہیں ہے۔</translation>
    </message>
    <message>
        <source>The letter can&apos;t be delivered on {on}: you recorded it arriving on {arrived}.</source>
        <translation>خط {on} کو نہیں پہنچ سکتا: آپ نے درج کیا ہے کہ یہ {arrived} کو پہنچا۔</translation>
    </message>
    <message>
        <source>The letter can&apos;t be delivered on {on}: {body} had already replied on {replied}.</source>
        <translation>خط {on} کو نہیں پہنچ سکتا: {body} تو {replied} کو ہی جواب دے چکا تھا۔</translation>
    </message>
    <message>
        <source>{noun} on {on} can&apos;t come before your letter reached {body} on {arrived}.</source>
        <translation>‏{on} کو {noun} اس سے پہلے نہیں ہو سکتا کہ آپ کا خط {arrived} کو {body} تک پہنچا۔</translation>
    </message>
    <message>
        <source>{noun} can&apos;t come after {body} had already given its final answer.</source>
        <translation>‏{noun} اس کے بعد نہیں ہو سکتا جب {body} اپنا حتمی جواب دے چکا ہو۔</translation>
    </message>
    <message>
        <source>You sent proof of identity on {on}, but {body} hadn&apos;t asked for it. Record its request.</source>
        <translation>آپ نے {on} کو شناخت کا ثبوت بھیجا، مگر {body} نے یہ مانگا نہیں تھا۔ اس کی درخواست درج کریں۔</translation>
    </message>
    <message>
        <source>You sent clarification on {on}, but {body} hadn&apos;t asked for it. Record its request.</source>
        <translation>آپ نے {on} کو وضاحت بھیجی، مگر {body} نے یہ مانگی نہیں تھی۔ اس کی درخواست درج کریں۔</translation>
    </message>
    <message>
        <source>{noun} can&apos;t come before you complained to the ICO.</source>
        <translation>‏{noun} ICO سے شکایت کرنے سے پہلے نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>You can only ask the ICO to review its outcome once it has given one.</source>
        <translation>آپ ICO سے نظرِ ثانی صرف تب مانگ سکتے ہیں جب وہ اپنا فیصلہ دے چکا ہو۔</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>اتنی دیر بعد بند کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>اتنے منٹ استعمال نہ ہونے پر بند کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights locks itself when you haven&apos;t used it for this long, and when the computer goes to sleep. You can always lock it yourself with Ctrl+L.</source>
        <translation>جب آپ اتنی دیر npdrights استعمال نہ کریں، یا کمپیوٹر سو جائے، تو یہ خود بند ہو جاتا ہے۔ آپ Ctrl+L سے اسے کبھی بھی خود بند کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Snapshots to keep</source>
        <translation>کتنے اسنیپ شاٹ رکھیں (&amp;S)</translation>
    </message>
    <message>
        <source>Snapshots to keep</source>
        <translation>کتنے اسنیپ شاٹ رکھیں</translation>
    </message>
    <message>
        <source>npdrights keeps encrypted copies of your cases from the last few days on this computer, so it can go back to one if the file is damaged. More copies take more space. They don&apos;t replace a backup file kept somewhere else.</source>
        <translation>npdrights اس کمپیوٹر پر پچھلے چند دنوں کے آپ کے کیسوں کی خفیہ کاپیاں رکھتا ہے، تاکہ فائل خراب ہونے پر ان میں سے کسی پر واپس جا سکے۔ زیادہ کاپیاں زیادہ جگہ لیتی ہیں۔ یہ کسی اور جگہ رکھی گئی بیک اپ فائل کی جگہ نہیں لیتیں۔</translation>
    </message>
    <message>
        <source>&amp;Tell me when a next step opens (a system-tray message)</source>
        <translation>اگلا قدم ممکن ہو تو بتائیں (سسٹم ٹرے پیغام) (&amp;T)</translation>
    </message>
    <message>
        <source>Tell me when a next step opens</source>
        <translation>اگلا قدم ممکن ہو تو بتائیں</translation>
    </message>
    <message>
        <source>While npdrights is open, a short message appears on the day you can send a reminder or complain. It never names anyone.</source>
        <translation>جب npdrights کھلا ہو، تو جس دن آپ یاد دہانی بھیج سکیں یا شکایت کر سکیں، ایک مختصر پیغام آتا ہے۔ اس میں کبھی کسی کا نام نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>اس کمپیوٹر پر یاد رکھیں (&amp;R)</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>اس کمپیوٹر پر یاد رکھیں</translation>
    </message>
    <message>
        <source>Uses this computer&apos;s keychain so you don&apos;t have to type your passphrase while you are logged in. Only tick this if nobody else uses your login.</source>
        <translation>اس کمپیوٹر کی کی چین استعمال کرتا ہے، تاکہ لاگ اِن رہتے ہوئے آپ کو پاس فریز ٹائپ نہ کرنا پڑے۔ اسے صرف تب منتخب کریں جب آپ کا لاگ اِن کوئی اور استعمال نہ کرتا ہو۔</translation>
    </message>
    <message>
        <source>This computer has no keychain that npdrights can use, so you will always type your passphrase.</source>
        <translation>اس کمپیوٹر میں کوئی ایسی کی چین نہیں جو npdrights استعمال کر سکے، اس لیے آپ ہمیشہ اپنا پاس فریز ٹائپ کریں گے۔</translation>
    </message>
    <message>
        <source>This computer&apos;s language</source>
        <translation>اس کمپیوٹر کی زبان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>زبان (&amp;G)</translation>
    </message>
    <message>
        <source>The language of npdrights&apos;s screens. They change as soon as you save. A window open beside the main one, such as a letter, a file you are looking at or the register, changes when you open it again. Letters to the DfE are always in English.</source>
        <translation>npdrights کی اسکرینوں کی زبان۔ اسکرینیں محفوظ کرتے ہی بدل جاتی ہیں۔ مرکزی ونڈو کے ساتھ کھلی کوئی ونڈو، جیسے کوئی خط، کوئی فائل جو آپ دیکھ رہے ہیں یا رجسٹر، دوبارہ کھولنے پر بدلے گی۔ DfE کو خطوط ہمیشہ انگریزی میں ہوتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>Signers</name>
    <message>
        <source>the pupil</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>the pupil, or a parent or carer if the pupil is too young to decide</source>
        <translation>طالب علم، یا اگر وہ فیصلہ کرنے کے لیے بہت چھوٹا ہو تو والدین یا سرپرست</translation>
    </message>
    <message>
        <source>a parent or carer with parental responsibility</source>
        <translation>والدین کی ذمہ داری رکھنے والے والدین یا سرپرست</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>کوئی معلومات نہیں۔</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>&amp;OK</source>
        <translation>ٹھیک ہے (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>چھوڑ دیں (&amp;D)</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Find out what the DfE holds about my child or me</source>
        <translation>معلوم کریں کہ DfE کے پاس میرے بچے یا میرے بارے میں کیا ہے</translation>
    </message>
    <message>
        <source>npdrights writes a subject access request: a letter asking for a copy of the records and who has seen them. About 10 minutes. The DfE then has a month to answer.</source>
        <translation>npdrights ایک سبجیکٹ ایکسیس ریکویسٹ لکھتا ہے: ایک خط جس میں ریکارڈ کی کاپی مانگی جاتی ہے اور پوچھا جاتا ہے کہ انہیں کس نے دیکھا ہے۔ تقریباً 10 منٹ۔ اس کے بعد DfE کے پاس جواب دینے کے لیے ایک مہینہ ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Stop my child&apos;s data going to companies and journalists</source>
        <translation>میرے بچے کا ڈیٹا کمپنیوں اور صحافیوں کو جانے سے روکیں</translation>
    </message>
    <message>
        <source>A letter objecting to the sharing, with your reasons, asking the DfE to hold back while it decides. About 10 minutes. The DfE has a month to answer.</source>
        <translation>شیئرنگ پر اعتراض کا خط، آپ کی وجوہات کے ساتھ، جس میں DfE سے کہا جاتا ہے کہ فیصلہ ہونے تک رکا رہے۔ تقریباً 10 منٹ۔ DfE کے پاس جواب دینے کے لیے ایک مہینہ ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Get wrong information corrected</source>
        <translation>غلط معلومات درست کروائیں</translation>
    </message>
    <message>
        <source>A letter listing what is wrong and what is right. About 5 minutes. The organisation has a month to answer.</source>
        <translation>ایک خط جس میں لکھا ہو کہ کیا غلط ہے اور کیا صحیح ہے۔ تقریباً 5 منٹ۔ ادارے کے پاس جواب دینے کے لیے ایک مہینہ ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Ask for data to be deleted</source>
        <translation>ڈیٹا حذف کرنے کی درخواست کریں</translation>
    </message>
    <message>
        <source>A letter giving the reasons the law allows. It says honestly that the DfE may have to keep some data. About 5 minutes.</source>
        <translation>ایک خط جس میں وہ وجوہات ہوں جن کی قانون اجازت دیتا ہے۔ یہ ایمانداری سے بتاتا ہے کہ DfE کو کچھ ڈیٹا رکھنا پڑ سکتا ہے۔ تقریباً 5 منٹ۔</translation>
    </message>
    <message>
        <source>Ask for the use of data to be restricted</source>
        <translation>ڈیٹا کے استعمال کو محدود کرنے کی درخواست کریں</translation>
    </message>
    <message>
        <source>While a correction or an objection is settled, or instead of deletion: the data is kept but not used or shared. About 5 minutes. The organisation has a month to answer.</source>
        <translation>جب تک درستی یا اعتراض کا فیصلہ ہو، یا حذف کرنے کے بجائے: ڈیٹا رکھا جاتا ہے لیکن نہ استعمال ہوتا ہے نہ شیئر۔ تقریباً 5 منٹ۔ ادارے کے پاس جواب دینے کے لیے ایک مہینہ ہوتا ہے۔</translation>
    </message>
    <message>
        <source>I asked and got no answer, or a bad one</source>
        <translation>میں نے پوچھا مگر جواب نہیں ملا، یا خراب جواب ملا</translation>
    </message>
    <message>
        <source>A reminder, a complaint to the organisation, or a complaint to the ICO (the regulator), with the dates worked out for you. 2 to 10 minutes.</source>
        <translation>یاد دہانی، ادارے سے شکایت، یا ICO (نگران ادارے) سے شکایت، تاریخوں کے حساب کے ساتھ۔ 2 سے 10 منٹ۔</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>آپ کیا کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Choose one. npdrights asks a few questions, writes the letter, and tracks the case.</source>
        <translation>ایک چنیں۔ npdrights چند سوال پوچھتا ہے، خط لکھتا ہے، اور کیس پر نظر رکھتا ہے۔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>A school, council or trust</source>
        <translation>کوئی اسکول، کونسل یا ٹرسٹ</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>ابھی نہیں بھیجا گیا</translation>
    </message>
    <message>
        <source>Waiting, not yet due</source>
        <translation>انتظار ہے، ابھی مدت باقی ہے</translation>
    </message>
    <message>
        <source>Past its due date, no answer</source>
        <translation>مدت گزر گئی، کوئی جواب نہیں</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>وقت پر جواب ملا</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>دیر سے جواب ملا</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>مدت بڑھائی گئی</translation>
    </message>
    <message>
        <source>Not extended</source>
        <translation>مدت نہیں بڑھائی گئی</translation>
    </message>
    <message>
        <source>Complained to the organisation</source>
        <translation>ادارے سے شکایت کی</translation>
    </message>
    <message>
        <source>Answered after the complaint</source>
        <translation>شکایت کے بعد جواب ملا</translation>
    </message>
    <message>
        <source>Complained to the ICO</source>
        <translation>ICO سے شکایت کی</translation>
    </message>
    <message>
        <source>ICO gave its outcome</source>
        <translation>ICO نے اپنا فیصلہ دیا</translation>
    </message>
    <message>
        <source>Asked the ICO for a review</source>
        <translation>ICO سے نظرِ ثانی کی درخواست کی</translation>
    </message>
    <message>
        <source>Requests by kind</source>
        <translation>درخواستیں قسم کے لحاظ سے</translation>
    </message>
    <message>
        <source>Requests by recipient</source>
        <translation>درخواستیں وصول کنندہ کے لحاظ سے</translation>
    </message>
    <message>
        <source>Where requests stand</source>
        <translation>درخواستیں کس مرحلے پر ہیں</translation>
    </message>
    <message>
        <source>Answered on time, late or never (requests that were due)</source>
        <translation>وقت پر، دیر سے یا کبھی جواب نہیں ملا (وہ درخواستیں جن کی مدت پوری ہو چکی)</translation>
    </message>
    <message>
        <source>Deadlines extended (requests sent)</source>
        <translation>بڑھائی گئی مدتیں (بھیجی گئی درخواستیں)</translation>
    </message>
    <message>
        <source>Complaints and what came of them</source>
        <translation>شکایات اور ان کا نتیجہ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>بھیجی گئیں</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>جواب ملا</translation>
    </message>
    <message>
        <source>Due, never answered</source>
        <translation>مدت پوری، جواب کبھی نہیں ملا</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Working out the figures…</source>
        <translation>اعداد و شمار نکالے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>There are no cases in this vault yet. The figures appear here once you have sent letters.</source>
        <translation>اس محفوظ خانے میں ابھی کوئی کیس نہیں۔ خطوط بھیجنے کے بعد اعداد و شمار یہاں دکھائی دیں گے۔</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>اعداد و شمار</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>اعداد و شمار</translation>
    </message>
    <message>
        <source>Figures about your cases</source>
        <translation>آپ کے کیسوں کے اعداد و شمار</translation>
    </message>
    <message>
        <source>These figures name nobody: no names, pupil numbers or references, and schools and councils are counted together. Counts from 1 to 4 are shown as &apos;{fewer}&apos; so that nobody can be picked out; where only one part of a table would be hidden, another is hidden too, so it can&apos;t be worked out from the total.</source>
        <translation>یہ اعداد و شمار کسی کا نام نہیں لیتے: ان میں نام، طالب علم کے نمبر یا حوالہ نمبر نہیں، اور اسکول اور کونسلیں ایک ساتھ گنی جاتی ہیں۔ 1 سے 4 تک کی گنتی &apos;{fewer}&apos; کے طور پر دکھائی جاتی ہے تاکہ کسی کو پہچانا نہ جا سکے؛ جہاں جدول کا صرف ایک حصہ چھپتا، وہاں ایک اور بھی چھپایا جاتا ہے، تاکہ اسے کل میزان سے نکالا نہ جا سکے۔</translation>
    </message>
    <message>
        <source>Show small numbers &amp;exactly (on this screen only; saved files still hide them)</source>
        <translation>چھوٹی گنتی بالکل ٹھیک دکھائیں (صرف اس اسکرین پر؛ محفوظ فائلیں پھر بھی انہیں چھپاتی ہیں) (&amp;E)</translation>
    </message>
    <message>
        <source>Show small numbers exactly, on this screen only</source>
        <translation>چھوٹی گنتی بالکل ٹھیک دکھائیں، صرف اس اسکرین پر</translation>
    </message>
    <message>
        <source>Answers by month</source>
        <translation>ماہانہ جوابات</translation>
    </message>
    <message>
        <source>Counts under {count} draw no bar while small numbers are hidden.</source>
        <translation>جب چھوٹی گنتی چھپی ہو، {count} سے کم کی گنتی کا کوئی بار نہیں بنتا۔</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV کے طور پر محفوظ کریں… (&amp;C)</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation>اعداد و شمار CSV فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save a &amp;PDF report…</source>
        <translation>PDF رپورٹ محفوظ کریں… (&amp;P)</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>اعداد و شمار PDF رپورٹ کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>The figures could not be worked out.</source>
        <translation>اعداد و شمار نہیں نکالے جا سکے۔</translation>
    </message>
    <message>
        <source>fewer than {count}</source>
        <translation>{count} سے کم</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
    <message>
        <source>From {count} cases, on {day}.</source>
        <translation>{count} کیسوں سے، {day} کو۔</translation>
    </message>
    <message numerus="yes">
        <source>From %n case(s), on {day}.</source>
        <translation>
            <numerusform>%n کیس سے، {day} کو۔</numerusform>
            <numerusform>%n کیسوں سے، {day} کو۔</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} more are left out until their dates are checked.</source>
        <translation>مزید {count} کو تب تک شامل نہیں کیا گیا جب تک ان کی تاریخیں جانچی نہ جائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n more left out until their dates are checked.</source>
        <translation>
            <numerusform>مزید %n کیس کو تب تک شامل نہیں کیا گیا جب تک اس کی تاریخیں جانچی نہ جائیں۔</numerusform>
            <numerusform>مزید %n کیسوں کو تب تک شامل نہیں کیا گیا جب تک ان کی تاریخیں جانچی نہ جائیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>How long answers took: not enough answers to say ({count} so far).</source>
        <translation>جوابات میں کتنا وقت لگا: بتانے کے لیے جوابات کافی نہیں (اب تک {count})۔</translation>
    </message>
    <message>
        <source>Half the answers came within {median} of the request arriving. The middle half took between {lower} and {upper}.</source>
        <translation>آدھے جوابات درخواست پہنچنے کے {median} کے اندر آئے۔ درمیانے آدھے جوابات میں {lower} سے {upper} لگے۔</translation>
    </message>
    <message>
        <source>Answers by month, {first} to {last}</source>
        <translation>ماہانہ جوابات، {first} سے {last} تک</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>مہینے کے لحاظ سے</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation>فائل وہاں محفوظ نہیں ہو سکی ({reason})۔ کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Saved the figures as {name}.</source>
        <translation>اعداد و شمار {name} کے نام سے محفوظ ہو گئے۔</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV فائلیں</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>اعداد و شمار محفوظ کریں</translation>
    </message>
    <message>
        <source>Saved the report as {name}.</source>
        <translation>رپورٹ {name} کے نام سے محفوظ ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>{label} can be up to {limit} characters, so the end of what you typed or pasted was left out. Check what is there, and keep anything longer in a document you attach to the case.</source>
        <translation>{label} میں زیادہ سے زیادہ {limit} حروف آ سکتے ہیں، اس لیے آپ نے جو لکھا یا چسپاں کیا اس کا آخری حصہ چھوڑ دیا گیا۔ جو موجود ہے اسے جانچیں، اور اس سے لمبی بات کسی دستاویز میں رکھ کر کیس کے ساتھ منسلک کریں۔</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <source>arrived {date}</source>
        <translation>‏{date} کو پہنچا</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>حوالہ نمبر {reference}</translation>
    </message>
    <message>
        <source>checked: {result}</source>
        <translation>جانچا گیا: {result}</translation>
    </message>
</context>
<context>
    <name>ToolFrame</name>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message numerus="yes">
        <source>%n next step(s) open from today in your cases. Open npdrights to see them.</source>
        <translation>
            <numerusform>آج سے آپ کے کیسوں میں %n اگلا قدم اٹھایا جا سکتا ہے۔ دیکھنے کے لیے npdrights کھولیں۔</numerusform>
            <numerusform>آج سے آپ کے کیسوں میں %n اگلے قدم اٹھائے جا سکتے ہیں۔ دیکھنے کے لیے npdrights کھولیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock your vault</source>
        <translation>اپنا محفوظ خانہ کھولیں</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>آپ کا نام (&amp;N)</translation>
    </message>
    <message>
        <source>Go back to the latest &amp;snapshot</source>
        <translation>تازہ ترین اسنیپ شاٹ پر واپس جائیں (&amp;S)</translation>
    </message>
    <message>
        <source>Go back to the latest snapshot</source>
        <translation>تازہ ترین اسنیپ شاٹ پر واپس جائیں</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>کھولا جا رہا ہے</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>کھولا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your cases.</source>
        <translation>اپنے کیس کھولنے کے لیے اپنا پاس فریز ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>کھولیں (&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;forgotten my passphrase</source>
        <translation>مجھے اپنا پاس فریز یاد نہیں (&amp;F)</translation>
    </message>
    <message>
        <source>I&apos;ve forgotten my passphrase</source>
        <translation>مجھے اپنا پاس فریز یاد نہیں</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or wrote down when you made the vault. Spaces, dashes and capital letters don&apos;t matter. Then choose a new passphrase.</source>
        <translation>وہ ریکوری کوڈ ٹائپ کریں جو آپ نے محفوظ خانہ بناتے وقت پرنٹ کیا یا لکھا تھا۔ خالی جگہوں، ڈیش اور بڑے چھوٹے حروف سے فرق نہیں پڑتا۔ پھر نیا پاس فریز چنیں۔</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>ریکوری کوڈ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>ریکوری کوڈ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>نیا پاس فریز (&amp;N)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>دوبارہ ٹائپ کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Unlock and &amp;set new passphrase</source>
        <translation>کھولیں اور نیا پاس فریز لگائیں (&amp;S)</translation>
    </message>
    <message>
        <source>Unlock and set new passphrase</source>
        <translation>کھولیں اور نیا پاس فریز لگائیں</translation>
    </message>
    <message>
        <source>&amp;Back to passphrase</source>
        <translation>پاس فریز پر واپس (&amp;B)</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>پاس فریز پر واپس</translation>
    </message>
    <message>
        <source>Type your name and your own passphrase to open the organisation&apos;s cases.</source>
        <translation>ادارے کے کیس کھولنے کے لیے اپنا نام اور اپنا پاس فریز ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Your name: type the name of the adviser whose passphrase is to be set.</source>
        <translation>آپ کا نام: اس مشیر کا نام ٹائپ کریں جس کا پاس فریز لگانا ہے۔</translation>
    </message>
    <message>
        <source>Recovery code: type the code from your printed copy.</source>
        <translation>ریکوری کوڈ: اپنی پرنٹ شدہ کاپی سے کوڈ ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation>نیا پاس فریز: کم از کم {count} حروف استعمال کریں۔</translation>
    </message>
    <message>
        <source>Type it again: the two new passphrases are different.</source>
        <translation>دوبارہ ٹائپ کریں: دونوں نئے پاس فریز مختلف ہیں۔</translation>
    </message>
    <message>
        <source>Your name: type it as your organisation&apos;s admin added you.</source>
        <translation>آپ کا نام: ویسے ہی ٹائپ کریں جیسے آپ کے ادارے کے منتظم نے درج کیا تھا۔</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>Only an adviser with the admin role can set the retention policy.</source>
        <translation>مدتِ حفاظت کی پالیسی صرف ایڈمن کے کردار والا مشیر طے کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can delete cases under the retention policy.</source>
        <translation>مدتِ حفاظت کی پالیسی کے تحت کیس صرف ایڈمن کے کردار والا مشیر حذف کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Some of those cases are not past the retention policy (they may have been reopened meanwhile). Nothing was deleted. Review the list again.</source>
        <translation>ان میں سے کچھ کیس ابھی مدتِ حفاظت سے آگے نہیں گئے (شاید اس دوران دوبارہ کھولے گئے ہوں)۔ کچھ حذف نہیں ہوا۔ فہرست دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <source>This vault already has advisers. Add more from the Advisers screen.</source>
        <translation>اس محفوظ خانے میں پہلے سے مشیر موجود ہیں۔ مزید مشیر، مشیروں والی اسکرین سے شامل کریں۔</translation>
    </message>
    <message>
        <source>There is already an adviser called {name}. Choose another name.</source>
        <translation>{name} نام کا ایک مشیر پہلے سے موجود ہے۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <source>{name} is the only adviser with the admin role, so they can&apos;t be removed. Give someone else the admin role first.</source>
        <translation>{name} ایڈمن کے کردار والا واحد مشیر ہے، اس لیے اسے ہٹایا نہیں جا سکتا۔ پہلے کسی اور کو ایڈمن کا کردار دیں۔</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself. Ask another adviser with the admin role to do it.</source>
        <translation>آپ خود کو نہیں ہٹا سکتے۔ ایڈمن کے کردار والے کسی اور مشیر سے کہیں۔</translation>
    </message>
    <message>
        <source>There is no adviser called {name} in this vault.</source>
        <translation>اس محفوظ خانے میں {name} نام کا کوئی مشیر نہیں۔</translation>
    </message>
    <message>
        <source>This vault has no advisers yet. Start with the first one (who will be an admin).</source>
        <translation>اس محفوظ خانے میں ابھی کوئی مشیر نہیں۔ پہلے مشیر سے شروع کریں (وہ ایڈمن ہوگا)۔</translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can add or remove advisers.</source>
        <translation>مشیر صرف ایڈمن کے کردار والا مشیر شامل کر سکتا ہے یا ہٹا سکتا ہے۔</translation>
    </message>
    <message>
        <source>An entry of the audit trail is not in the form npdrights writes. It has been changed.</source>
        <translation>ریکارڈِ تبدیلی کا ایک اندراج اس شکل میں نہیں جس میں npdrights لکھتا ہے۔ اسے بدلا گیا ہے۔</translation>
    </message>
    <message>
        <source>The audit trail could not be read ({error}).</source>
        <translation>ریکارڈِ تبدیلی پڑھا نہیں جا سکا ({error})۔</translation>
    </message>
    <message>
        <source>Something went wrong with your vault.</source>
        <translation>آپ کے محفوظ خانے میں کچھ گڑبڑ ہو گئی۔</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this vault. Check Caps Lock and try again. If you have forgotten it, use your recovery code instead.</source>
        <translation>یہ پاس فریز اس محفوظ خانے کو نہیں کھولتا۔ Caps Lock دیکھیں اور دوبارہ کوشش کریں۔ اگر آپ اسے بھول گئے ہیں تو اس کی جگہ اپنا ریکوری کوڈ استعمال کریں۔</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this vault. Check each group of four characters against your printed copy and try again.</source>
        <translation>یہ ریکوری کوڈ اس محفوظ خانے کو نہیں کھولتا۔ چار حروف کے ہر گروپ کو اپنی چھپی ہوئی کاپی سے ملائیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>That recovery code has a typing mistake in it: its built-in check doesn&apos;t add up. Compare each group of four characters with your printed copy.</source>
        <translation>اس ریکوری کوڈ میں ٹائپ کی غلطی ہے: اس کی اندرونی جانچ پوری نہیں اترتی۔ چار حروف کے ہر گروپ کو اپنی چھپی ہوئی کاپی سے ملائیں۔</translation>
    </message>
    <message>
        <source>That name and passphrase don&apos;t open this vault. Check the spelling of your name and Caps Lock, then try again. If you have forgotten your passphrase, ask an adviser with the admin role to set a new one.</source>
        <translation>یہ نام اور پاس فریز اس محفوظ خانے کو نہیں کھولتے۔ اپنے نام کے ہجے اور Caps Lock دیکھیں، پھر دوبارہ کوشش کریں۔ اگر آپ اپنا پاس فریز بھول گئے ہیں تو ایڈمن کے کردار والے مشیر سے نیا پاس فریز لگانے کو کہیں۔</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet. Create one first.</source>
        <translation>اس فولڈر میں ابھی کوئی محفوظ خانہ نہیں۔ پہلے ایک بنائیں۔</translation>
    </message>
    <message>
        <source>A vault already exists in this folder. Unlock it instead of creating a new one.</source>
        <translation>اس فولڈر میں پہلے سے ایک محفوظ خانہ ہے۔ نیا بنانے کے بجائے اسے کھولیں۔</translation>
    </message>
    <message>
        <source>The vault is open in another window or program that is busy with it. Wait a moment and try again, or close the other window first. Nothing has been changed.</source>
        <translation>محفوظ خانہ کسی اور ونڈو یا پروگرام میں کھلا ہے جو اس پر کام کر رہا ہے۔ تھوڑا انتظار کر کے دوبارہ کوشش کریں، یا پہلے دوسری ونڈو بند کریں۔ کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>There is a folder, or something else that is not a file, where npdrights keeps one of its files in its data folder. Move it out of the way (or put the file back), then try again. Nothing has been changed.</source>
        <translation>npdrights کے ڈیٹا فولڈر میں، جہاں اس کی ایک فائل ہونی چاہیے، وہاں ایک فولڈر یا کوئی ایسی چیز ہے جو فائل نہیں۔ اسے وہاں سے ہٹائیں (یا فائل واپس رکھیں)، پھر دوبارہ کوشش کریں۔ کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>There is a folder, or something else that is not a file, where npdrights keeps {name} in its data folder. Move it out of the way (or put the file back), then try again. Nothing has been changed.</source>
        <translation>npdrights کے ڈیٹا فولڈر میں، جہاں {name} ہونی چاہیے، وہاں ایک فولڈر یا کوئی ایسی چیز ہے جو فائل نہیں۔ اسے وہاں سے ہٹائیں (یا فائل واپس رکھیں)، پھر دوبارہ کوشش کریں۔ کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is damaged and its spare copy is damaged too. Your cases cannot be opened without it. Restore the folder from a backup, or restore a backup file.</source>
        <translation>وہ فائل جس میں آپ کے محفوظ خانے کی چابیاں ہیں (vault.json) خراب ہے، اور اس کی فالتو کاپی بھی خراب ہے۔ اس کے بغیر آپ کے کیس نہیں کھل سکتے۔ فولڈر کو بیک اپ سے بحال کریں، یا بیک اپ فائل بحال کریں۔</translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is missing, and so is its spare copy, and no copy of it is kept with the snapshots. Your cases cannot be opened without it. Restore the folder from a copy, or restore a backup file. Nothing has been changed.</source>
        <translation>وہ فائل جس میں آپ کے محفوظ خانے کی چابیاں ہیں (vault.json) غائب ہے، اس کی فالتو کاپی بھی غائب ہے، اور اسنیپ شاٹس کے ساتھ بھی اس کی کوئی کاپی نہیں۔ اس کے بغیر آپ کے کیس نہیں کھل سکتے۔ فولڈر کو کسی کاپی سے بحال کریں، یا بیک اپ فائل بحال کریں۔ کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is missing, and so is its spare copy. A copy was kept with the snapshot taken on {when}: put it back, then unlock with the passphrase or recovery code you had then. Nothing has been changed yet.</source>
        <translation>وہ فائل جس میں آپ کے محفوظ خانے کی چابیاں ہیں (vault.json) غائب ہے، اور اس کی فالتو کاپی بھی۔ {when} کو لیے گئے اسنیپ شاٹ کے ساتھ ایک کاپی رکھی گئی تھی: اسے واپس رکھیں، پھر اس وقت والے پاس فریز یا ریکوری کوڈ سے کھولیں۔ ابھی کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the file that holds your vault&apos;s keys (vault.json) has been changed by something other than npdrights: its check doesn&apos;t match. It was not used, and nothing has been changed. Put back a copy of the whole folder from before, or restore a backup file.</source>
        <translation>آپ کا پاس فریز درست ہے، لیکن وہ فائل جس میں آپ کے محفوظ خانے کی چابیاں ہیں (vault.json) npdrights کے علاوہ کسی اور چیز نے بدل دی ہے: اس کی جانچ میل نہیں کھاتی۔ اسے استعمال نہیں کیا گیا، اور کچھ نہیں بدلا گیا۔ پورے فولڈر کی پہلے والی کاپی واپس رکھیں، یا بیک اپ فائل بحال کریں۔</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is missing and there is no snapshot to go back to. Nothing has been changed. Restore a backup file if you have one.</source>
        <translation>آپ کا پاس فریز درست ہے، لیکن کیسوں کی فائل (cases.db) غائب ہے اور واپس جانے کے لیے کوئی اسنیپ شاٹ نہیں۔ کچھ نہیں بدلا گیا۔ اگر آپ کے پاس بیک اپ فائل ہے تو اسے بحال کریں۔</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is damaged and there is no snapshot to go back to. Nothing has been changed. Restore a backup file if you have one.</source>
        <translation>آپ کا پاس فریز درست ہے، لیکن کیسوں کی فائل (cases.db) خراب ہے اور واپس جانے کے لیے کوئی اسنیپ شاٹ نہیں۔ کچھ نہیں بدلا گیا۔ اگر آپ کے پاس بیک اپ فائل ہے تو اسے بحال کریں۔</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is missing. Nothing has been changed. You can go back to the latest snapshot, taken on {when}; anything added after that is lost.</source>
        <translation>آپ کا پاس فریز درست ہے، لیکن کیسوں کی فائل (cases.db) غائب ہے۔ کچھ نہیں بدلا گیا۔ آپ {when} کو لیے گئے تازہ ترین اسنیپ شاٹ پر واپس جا سکتے ہیں؛ اس کے بعد شامل کی گئی ہر چیز ضائع ہو جائے گی۔</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is damaged. Nothing has been changed. You can go back to the latest snapshot, taken on {when}; anything added after that is lost.</source>
        <translation>آپ کا پاس فریز درست ہے، لیکن کیسوں کی فائل (cases.db) خراب ہے۔ کچھ نہیں بدلا گیا۔ آپ {when} کو لیے گئے تازہ ترین اسنیپ شاٹ پر واپس جا سکتے ہیں؛ اس کے بعد شامل کی گئی ہر چیز ضائع ہو جائے گی۔</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of npdrights. Install the newest version to open it. Nothing has been changed.</source>
        <translation>یہ محفوظ خانہ npdrights کے نئے ورژن نے بنایا تھا۔ اسے کھولنے کے لیے تازہ ترین ورژن انسٹال کریں۔ کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain isn&apos;t available or is locked, so the vault can&apos;t be opened automatically. Type your passphrase instead.</source>
        <translation>اس کمپیوٹر کی کی چین دستیاب نہیں یا بند ہے، اس لیے محفوظ خانہ خود بخود نہیں کھل سکتا۔ اس کی جگہ اپنا پاس فریز ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters.</source>
        <translation>کم از کم 10 حروف کا پاس فریز چنیں۔</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is older than the last time you opened this vault. It looks like an old copy of the whole npdrights data folder was put back, for example from a copy made earlier. Anything added or changed since that copy was made is not in it. You can carry on with this older copy, go back to a snapshot, or restore a backup file. Nothing has been changed yet.</source>
        <translation>آپ کا پاس فریز درست ہے، لیکن کیسوں کی فائل (cases.db) اس سے پرانی ہے جب آپ نے پچھلی بار یہ محفوظ خانہ کھولا تھا۔ لگتا ہے کہ npdrights کے پورے ڈیٹا فولڈر کی کوئی پرانی کاپی واپس رکھی گئی ہے، مثلاً پہلے بنائی گئی کسی کاپی سے۔ اس کاپی کے بعد جو کچھ شامل کیا یا بدلا گیا وہ اس میں نہیں۔ آپ اسی پرانی کاپی کے ساتھ کام جاری رکھ سکتے ہیں، کسی اسنیپ شاٹ پر واپس جا سکتے ہیں، یا بیک اپ فائل بحال کر سکتے ہیں۔ ابھی کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is older than the last time you opened this vault. It looks like an old copy of cases.db was put back, for example from a copy of the folder. Anything added or changed since that copy was made is not in it. You can carry on with this older copy, go back to a snapshot, or restore a backup file. Nothing has been changed yet.</source>
        <translation>آپ کا پاس فریز درست ہے، لیکن کیسوں کی فائل (cases.db) اس سے پرانی ہے جب آپ نے پچھلی بار یہ محفوظ خانہ کھولا تھا۔ لگتا ہے کہ cases.db کی کوئی پرانی کاپی واپس رکھی گئی ہے، مثلاً فولڈر کی کسی کاپی سے۔ اس کاپی کے بعد جو کچھ شامل کیا یا بدلا گیا وہ اس میں نہیں۔ آپ اسی پرانی کاپی کے ساتھ کام جاری رکھ سکتے ہیں، کسی اسنیپ شاٹ پر واپس جا سکتے ہیں، یا بیک اپ فائل بحال کر سکتے ہیں۔ ابھی کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>روک دیا گیا۔ کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>That attachment could not be read.</source>
        <translation>یہ منسلکہ پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>That file is too large to attach: the limit is {megabytes} MB a file. Scan at a lower resolution, or split a long document into parts, and attach those.</source>
        <translation>یہ فائل منسلک کرنے کے لیے بہت بڑی ہے: ہر فائل کی حد {megabytes} MB ہے۔ کم ریزولوشن پر اسکین کریں، یا لمبی دستاویز کو حصوں میں بانٹ کر وہ حصے منسلک کریں۔</translation>
    </message>
    <message>
        <source>The file for this attachment is missing from the vault folder. If you have a backup file, restore it to get the attachment back.</source>
        <translation>اس منسلکے کی فائل محفوظ خانے کے فولڈر سے غائب ہے۔ اگر آپ کے پاس بیک اپ فائل ہے تو منسلکہ واپس لانے کے لیے اسے بحال کریں۔</translation>
    </message>
    <message>
        <source>The file for this attachment is damaged or has been changed, so it was not shown. If you have a backup file, restore it to get the attachment back.</source>
        <translation>اس منسلکے کی فائل خراب ہے یا بدل دی گئی ہے، اس لیے دکھائی نہیں گئی۔ اگر آپ کے پاس بیک اپ فائل ہے تو منسلکہ واپس لانے کے لیے اسے بحال کریں۔</translation>
    </message>
    <message>
        <source>That backup file could not be used. Nothing in your vault has been changed.</source>
        <translation>یہ بیک اپ فائل استعمال نہیں ہو سکی۔ آپ کے محفوظ خانے میں کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>That file is not an npdrights backup: it doesn&apos;t start the way a backup file does. Choose the file you saved with “Back up to a file…” (its name ends in .npdbackup).</source>
        <translation>یہ npdrights کا بیک اپ نہیں: یہ اس طرح شروع نہیں ہوتی جیسے بیک اپ فائل ہوتی ہے۔ وہ فائل چنیں جو آپ نے “فائل میں بیک اپ لیں…” سے محفوظ کی تھی (اس کا نام .npdbackup پر ختم ہوتا ہے)۔</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of npdrights. Install the newest version to read it. Nothing in your vault has been changed.</source>
        <translation>یہ بیک اپ npdrights کے نئے ورژن نے بنایا تھا۔ اسے پڑھنے کے لیے تازہ ترین ورژن انسٹال کریں۔ آپ کے محفوظ خانے میں کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup file, or the start of the file is damaged. Type the passphrase you chose when you made the backup (it may differ from your vault passphrase).</source>
        <translation>یہ پاس فریز اس بیک اپ فائل کو نہیں کھولتا، یا فائل کا شروع کا حصہ خراب ہے۔ وہ پاس فریز ٹائپ کریں جو آپ نے بیک اپ بناتے وقت چنا تھا (یہ آپ کے محفوظ خانے کے پاس فریز سے مختلف ہو سکتا ہے)۔</translation>
    </message>
    <message>
        <source>This backup file is damaged, cut short or has been changed, so none of it was used. Nothing in your vault has been changed. Try another copy of the backup.</source>
        <translation>یہ بیک اپ فائل خراب ہے، ادھوری ہے یا بدل دی گئی ہے، اس لیے اس کا کوئی حصہ استعمال نہیں ہوا۔ آپ کے محفوظ خانے میں کچھ نہیں بدلا گیا۔ بیک اپ کی کوئی اور کاپی آزمائیں۔</translation>
    </message>
    <message>
        <source>This backup file opened, but what is inside is not valid ({detail}), so none of it was used. Nothing in your vault has been changed.</source>
        <translation>یہ بیک اپ فائل کھل گئی، لیکن اس کے اندر کا مواد درست نہیں ({detail})، اس لیے اس کا کوئی حصہ استعمال نہیں ہوا۔ آپ کے محفوظ خانے میں کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>Could not {action}: {reason}. Check the disk has space and the file is where you left it, then try again. Nothing in your vault has been changed.</source>
        <translation>یہ نہیں ہو سکا: {action} ({reason})۔ دیکھیں کہ ڈسک پر جگہ ہے اور فائل وہیں ہے جہاں آپ نے رکھی تھی، پھر دوبارہ کوشش کریں۔ آپ کے محفوظ خانے میں کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>Your disk is full, so npdrights could not save. Nothing you had saved before has been lost. Free some space (empty the recycle bin, or move large files such as videos elsewhere), then try again.</source>
        <translation>آپ کی ڈسک بھر گئی ہے، اس لیے npdrights محفوظ نہیں کر سکا۔ آپ نے پہلے جو کچھ محفوظ کیا تھا وہ ضائع نہیں ہوا۔ کچھ جگہ خالی کریں (ری سائیکل بن خالی کریں، یا ویڈیو جیسی بڑی فائلیں کہیں اور منتقل کریں)، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The disk or folder npdrights uses would not let it read or write ({reason}). Nothing you had saved before has been lost. Check the disk is connected and not read-only, then try again.</source>
        <translation>npdrights جو ڈسک یا فولڈر استعمال کرتا ہے اس نے پڑھنے یا لکھنے نہیں دیا ({reason})۔ آپ نے پہلے جو کچھ محفوظ کیا تھا وہ ضائع نہیں ہوا۔ دیکھیں کہ ڈسک جڑی ہوئی ہے اور صرف پڑھنے کے لیے نہیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>An adviser&apos;s name must be between 1 and {most} letters, without control characters.</source>
        <translation>مشیر کے نام میں 1 سے {most} تک حروف ہوں، کنٹرول حروف کے بغیر۔</translation>
    </message>
    <message>
        <source>Your vault&apos;s key file (vault.json) could not be saved correctly: what is on the disk is not what was written. Check the disk for errors and that it has space, then try again.</source>
        <translation>آپ کے محفوظ خانے کی چابیوں کی فائل (vault.json) ٹھیک سے محفوظ نہیں ہو سکی: ڈسک پر جو ہے وہ وہ نہیں جو لکھا گیا تھا۔ ڈسک میں خرابیاں اور خالی جگہ دیکھیں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Wait a second and try again: a copy was kept aside a moment ago.</source>
        <translation>ایک لمحہ انتظار کر کے دوبارہ کوشش کریں: ابھی ابھی ایک کاپی الگ رکھی گئی تھی۔</translation>
    </message>
    <message>
        <source>That case no longer exists, so nothing was attached.</source>
        <translation>وہ کیس اب موجود نہیں، اس لیے کچھ منسلک نہیں ہوا۔</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it is a folder, a device or a pipe), so it can&apos;t be attached. Choose a document, a scan or a photo. Nothing was attached.</source>
        <translation>{name} عام فائل نہیں ہے (یہ فولڈر، ڈیوائس یا پائپ ہے)، اس لیے اسے منسلک نہیں کیا جا سکتا۔ کوئی دستاویز، اسکین یا تصویر چنیں۔ کچھ منسلک نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}. Nothing was attached.</source>
        <translation>{name} پڑھی نہیں جا سکی: {reason}۔ کچھ منسلک نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>WantPage</name>
    <message>
        <source>&amp;Special educational needs</source>
        <translation>خصوصی تعلیمی ضروریات (&amp;S)</translation>
    </message>
    <message>
        <source>The record shows needs that could lead to unfair judgements.</source>
        <translation>ریکارڈ میں ایسی ضروریات ہیں جو غیر منصفانہ رائے کا سبب بن سکتی ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Exclusions or absence</source>
        <translation>اسکول سے اخراج یا غیر حاضری (&amp;E)</translation>
    </message>
    <message>
        <source>Out of context, these could follow the child for years.</source>
        <translation>سیاق و سباق کے بغیر یہ برسوں تک بچے کا پیچھا کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Time in &amp;care</source>
        <translation>نگہداشت (care) میں گزرا وقت (&amp;C)</translation>
    </message>
    <message>
        <source>Private, and could lead to stigma or harm if it became known.</source>
        <translation>یہ نجی بات ہے، اور ظاہر ہونے پر بدنامی یا نقصان کا سبب بن سکتی ہے۔</translation>
    </message>
    <message>
        <source>&amp;Adoption</source>
        <translation>گود لینا (&amp;A)</translation>
    </message>
    <message>
        <source>Linked records could connect an adopted child&apos;s past and present.</source>
        <translation>جڑے ہوئے ریکارڈ گود لیے گئے بچے کے ماضی اور حال کو ملا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Sa&amp;fety</source>
        <translation>حفاظت (&amp;F)</translation>
    </message>
    <message>
        <source>Any release of an address or a school could put someone at risk.</source>
        <translation>کسی پتے یا اسکول کا ظاہر ہونا کسی کو خطرے میں ڈال سکتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Privacy in general</source>
        <translation>عمومی رازداری (&amp;P)</translation>
    </message>
    <message>
        <source>The child didn&apos;t choose to be in the database. This is true of every pupil, so it needs another reason too.</source>
        <translation>بچے نے ڈیٹابیس میں ہونا خود نہیں چنا۔ یہ ہر طالب علم پر لاگو ہوتا ہے، اس لیے کوئی اور وجہ بھی چاہیے۔</translation>
    </message>
    <message>
        <source>I dispute that the data is &amp;accurate</source>
        <translation>مجھے ڈیٹا کے درست ہونے پر اعتراض ہے (&amp;A)</translation>
    </message>
    <message>
        <source>Restricted while the organisation checks it.</source>
        <translation>جب تک ادارہ جانچ کرے، محدود رہے گا۔</translation>
    </message>
    <message>
        <source>I have &amp;objected</source>
        <translation>میں نے اعتراض کیا ہے (&amp;O)</translation>
    </message>
    <message>
        <source>Restricted until the organisation decides.</source>
        <translation>جب تک ادارہ فیصلہ نہ کرے، محدود رہے گا۔</translation>
    </message>
    <message>
        <source>It is used &amp;unlawfully</source>
        <translation>اسے غیر قانونی طور پر استعمال کیا جا رہا ہے (&amp;U)</translation>
    </message>
    <message>
        <source>Kept but not used, instead of deleted.</source>
        <translation>حذف کرنے کے بجائے رکھا جائے مگر استعمال نہ ہو۔</translation>
    </message>
    <message>
        <source>I need it for a &amp;legal claim</source>
        <translation>مجھے یہ ایک قانونی دعوے کے لیے چاہیے (&amp;L)</translation>
    </message>
    <message>
        <source>Kept for you, though it no longer needs it.</source>
        <translation>آپ کے لیے رکھا جائے، اگرچہ ادارے کو اب اس کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>&amp;The organisation agreed to my objection</source>
        <translation>ادارے نے میرا اعتراض مان لیا (&amp;T)</translation>
    </message>
    <message>
        <source>Once an objection succeeds, the data should be deleted if nothing else justifies keeping it.</source>
        <translation>اعتراض کامیاب ہونے کے بعد، اگر ڈیٹا رکھنے کی کوئی اور وجہ نہ ہو تو اسے حذف ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>It is no &amp;longer needed</source>
        <translation>اب اس کی ضرورت نہیں رہی (&amp;L)</translation>
    </message>
    <message>
        <source>For the purpose it was collected for.</source>
        <translation>اس مقصد کے لیے جس کے لیے یہ جمع کیا گیا تھا۔</translation>
    </message>
    <message>
        <source>It was collected or used &amp;unlawfully</source>
        <translation>اسے غیر قانونی طور پر جمع یا استعمال کیا گیا (&amp;U)</translation>
    </message>
    <message>
        <source>For example without a proper legal reason.</source>
        <translation>مثلاً کسی مناسب قانونی وجہ کے بغیر۔</translation>
    </message>
    <message>
        <source>What do you want?</source>
        <translation>آپ کیا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>The law (Article 15 of the UK GDPR) entitles you to all of this, so the letter asks for all of it. Asking for everything at once means you don&apos;t have to write again.</source>
        <translation>قانون (UK GDPR کا آرٹیکل 15) آپ کو ان سب کا حق دیتا ہے، اس لیے خط یہ سب مانگتا ہے۔ سب کچھ ایک ساتھ مانگنے کا مطلب ہے کہ آپ کو دوبارہ نہیں لکھنا پڑے گا۔</translation>
    </message>
    <message>
        <source>The DfE can refuse an objection only if it shows &apos;compelling legitimate grounds&apos; that outweigh your reasons, so your reasons matter. You don&apos;t need legal words: say what worries you.</source>
        <translation>‏DfE اعتراض صرف تب رد کر سکتا ہے جب وہ ایسی &apos;مضبوط جائز وجوہات&apos; دکھائے جو آپ کی وجوہات سے زیادہ وزنی ہوں، اس لیے آپ کی وجوہات اہم ہیں۔ قانونی الفاظ کی ضرورت نہیں: بتائیں کہ آپ کو کیا فکر ہے۔</translation>
    </message>
    <message>
        <source>The law (Article 16) says wrong information must be corrected without delay. Say exactly what is wrong and what is right, so nobody has to guess.</source>
        <translation>قانون (آرٹیکل 16) کہتا ہے کہ غلط معلومات کو بلا تاخیر درست کیا جائے۔ صاف بتائیں کہ کیا غلط ہے اور کیا صحیح ہے، تاکہ کسی کو اندازہ نہ لگانا پڑے۔</translation>
    </message>
    <message>
        <source>The law (Article 17) lets you ask for deletion on these grounds. The DfE may say it must keep the data for its public tasks or for statistics; the letter says so honestly.</source>
        <translation>قانون (آرٹیکل 17) آپ کو ان وجوہات پر حذف کرنے کی درخواست کی اجازت دیتا ہے۔ DfE کہہ سکتا ہے کہ اسے اپنے عوامی کاموں یا اعداد و شمار کے لیے ڈیٹا رکھنا ہے؛ خط یہ بات ایمانداری سے کہتا ہے۔</translation>
    </message>
    <message>
        <source>The law (Article 18) lets you ask for the data to be kept but not used while something is settled. The organisation must tell you before it lifts the restriction.</source>
        <translation>قانون (آرٹیکل 18) آپ کو یہ درخواست کرنے دیتا ہے کہ جب تک کوئی معاملہ طے ہو، ڈیٹا رکھا جائے مگر استعمال نہ ہو۔ پابندی ہٹانے سے پہلے ادارے کو آپ کو بتانا ہوگا۔</translation>
    </message>
    <message>
        <source>An organisation must deal with a complaint about how it handled your data. Saying what went wrong and how it affected you helps it, and the ICO later, put it right.</source>
        <translation>ادارے کو آپ کے ڈیٹا کے ساتھ اپنے برتاؤ کے بارے میں شکایت پر کارروائی کرنی ہوتی ہے۔ یہ بتانا کہ کیا غلط ہوا اور اس کا آپ پر کیا اثر ہوا، اسے اور بعد میں ICO کو معاملہ ٹھیک کرنے میں مدد دیتا ہے۔</translation>
    </message>
    <message>
        <source>What the letter asks for</source>
        <translation>خط کیا مانگتا ہے</translation>
    </message>
    <message>
        <source>Why you object</source>
        <translation>آپ کو اعتراض کیوں ہے</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>کیا غلط ہے</translation>
    </message>
    <message>
        <source>Why the data should be deleted</source>
        <translation>ڈیٹا کیوں حذف ہونا چاہیے</translation>
    </message>
    <message>
        <source>Why the use of the data should be restricted</source>
        <translation>ڈیٹا کا استعمال کیوں محدود ہونا چاہیے</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>کیا غلط ہوا</translation>
    </message>
    <message>
        <source>What your letter asks for</source>
        <translation>آپ کا خط کیا مانگتا ہے</translation>
    </message>
    <message>
        <source>Also ask for the child&apos;s &amp;educational record</source>
        <translation>بچے کا تعلیمی ریکارڈ بھی مانگیں (&amp;E)</translation>
    </message>
    <message>
        <source>Also ask for the child&apos;s educational record</source>
        <translation>بچے کا تعلیمی ریکارڈ بھی مانگیں</translation>
    </message>
    <message>
        <source>A parent can ask a maintained school, or a non-maintained special school, for the educational record. It must answer within {days} school days.</source>
        <translation>والدین سرکاری اسکول، یا غیر سرکاری خصوصی اسکول، سے تعلیمی ریکارڈ مانگ سکتے ہیں۔ اسے {days} اسکول کے دنوں میں جواب دینا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Tick what applies. Each ticked reason becomes a sentence in the letter. Tick at least one, or write your own reasons.</source>
        <translation>جو لاگو ہو اسے منتخب کریں۔ ہر منتخب وجہ خط میں ایک جملہ بن جاتی ہے۔ کم از کم ایک منتخب کریں، یا اپنی وجوہات لکھیں۔</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>آپ کی صورتحال</translation>
    </message>
    <message>
        <source>Your reasons in your own words (optional)</source>
        <translation>آپ کی وجوہات، آپ کے اپنے الفاظ میں (اختیاری)</translation>
    </message>
    <message>
        <source>Your &amp;reasons (optional)</source>
        <translation>آپ کی وجوہات، اختیاری (&amp;R)</translation>
    </message>
    <message>
        <source>Printed as you write it. Say what makes your child&apos;s situation different from other pupils&apos;. For example: a health condition or special need recorded at school; a move to keep someone safe; time in care or an adoption; an exclusion that could be misread.</source>
        <translation>جیسا آپ لکھیں گے ویسا ہی پرنٹ ہوگا (خط انگریزی میں ہے)۔ بتائیں کہ آپ کے بچے کی صورتحال دوسرے طلبہ سے کیسے مختلف ہے۔ مثلاً: اسکول میں درج کوئی بیماری یا خصوصی ضرورت؛ کسی کی حفاظت کے لیے گھر بدلنا؛ نگہداشت میں وقت یا گود لینا؛ کوئی اخراج جسے غلط سمجھا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>List each thing that is wrong. Add as many as you need.</source>
        <translation>ہر غلط چیز لکھیں۔ جتنی ضرورت ہو شامل کریں۔</translation>
    </message>
    <message>
        <source>Why should the data be deleted? Tick all that apply.</source>
        <translation>ڈیٹا کیوں حذف ہونا چاہیے؟ جو جو لاگو ہو سب منتخب کریں۔</translation>
    </message>
    <message>
        <source>Why should the use of the data be restricted? Tick all that apply.</source>
        <translation>ڈیٹا کا استعمال کیوں محدود ہونا چاہیے؟ جو جو لاگو ہو سب منتخب کریں۔</translation>
    </message>
    <message>
        <source>How it affected you or your child (optional)</source>
        <translation>اس کا آپ پر یا آپ کے بچے پر کیا اثر ہوا (اختیاری)</translation>
    </message>
    <message>
        <source>What went &amp;wrong</source>
        <translation>کیا غلط ہوا (&amp;W)</translation>
    </message>
    <message>
        <source>For example: the answer left out who the data was given to.</source>
        <translation>مثلاً: جواب میں یہ نہیں بتایا گیا کہ ڈیٹا کس کو دیا گیا۔</translation>
    </message>
    <message>
        <source>How it &amp;affected you (optional)</source>
        <translation>اس کا آپ پر کیا اثر ہوا، اختیاری (&amp;A)</translation>
    </message>
    <message>
        <source>Your letter asks for:</source>
        <translation>آپ کا خط یہ مانگتا ہے:</translation>
    </message>
</context>
<context>
    <name>WhatNextDialog</name>
    <message>
        <source>What happens next</source>
        <translation>آگے کیا ہوگا</translation>
    </message>
    <message>
        <source>Your case is saved. Now:</source>
        <translation>آپ کا کیس محفوظ ہو گیا ہے۔ اب:</translation>
    </message>
    <message>
        <source>What to do now, step by step</source>
        <translation>اب کیا کرنا ہے، قدم بہ قدم</translation>
    </message>
    <message>
        <source>You can read how npdrights works at any time: Help, then How this works.</source>
        <translation>آپ کسی بھی وقت پڑھ سکتے ہیں کہ npdrights کیسے کام کرتا ہے: مدد، پھر یہ کیسے کام کرتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>WhoAskingPage</name>
    <message>
        <source>Who is asking?</source>
        <translation>کون پوچھ رہا ہے؟</translation>
    </message>
    <message>
        <source>The letter is written in your words and signed by you, so the organisation knows who is asking and where to send the answer. A parent or adviser also needs to say how they are connected to the child.</source>
        <translation>خط آپ کے الفاظ میں لکھا جاتا ہے اور آپ اس پر دستخط کرتے ہیں، تاکہ ادارے کو معلوم ہو کہ کون پوچھ رہا ہے اور جواب کہاں بھیجنا ہے۔ والدین یا مشیر کو یہ بھی بتانا ہوتا ہے کہ بچے سے ان کا کیا تعلق ہے۔</translation>
    </message>
    <message>
        <source>I&apos;m asking about &amp;myself</source>
        <translation>میرے اپنے بارے میں (&amp;M)</translation>
    </message>
    <message>
        <source>You went to school in England, and want your own records.</source>
        <translation>آپ انگلینڈ کے اسکول میں پڑھے ہیں اور اپنا ریکارڈ چاہتے ہیں۔</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;parent or carer</source>
        <translation>والدین یا سرپرست (&amp;P)</translation>
    </message>
    <message>
        <source>You&apos;re asking for your child, or for several children.</source>
        <translation>آپ اپنے بچے، یا کئی بچوں، کے لیے پوچھ رہے ہیں۔</translation>
    </message>
    <message>
        <source>I&apos;m an ad&amp;viser helping a family</source>
        <translation>کسی خاندان کی مدد کرنے والا مشیر (&amp;V)</translation>
    </message>
    <message>
        <source>You work for a charity or service, with a signed authority.</source>
        <translation>آپ کسی خیراتی ادارے یا سروس کے لیے کام کرتے ہیں اور آپ کے پاس دستخط شدہ اجازت نامہ ہے۔</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>کون پوچھ رہا ہے</translation>
    </message>
    <message>
        <source>I&apos;m the child&apos;s carer, not their paren&amp;t</source>
        <translation>میں بچے کا سرپرست ہوں، والدین نہیں (&amp;T)</translation>
    </message>
    <message>
        <source>Saved &amp;details</source>
        <translation>محفوظ تفصیلات (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Use these details</source>
        <translation>یہ تفصیلات استعمال کریں (&amp;U)</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>آپ کا پورا نام</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>آپ کا پتہ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Your email address (optional)</source>
        <translation>آپ کا ای میل پتہ (اختیاری)</translation>
    </message>
    <message>
        <source>Your phone number (optional)</source>
        <translation>آپ کا فون نمبر (اختیاری)</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>آپ کا ادارہ</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>آپ کا پورا نام (&amp;F)</translation>
    </message>
    <message>
        <source>Your &amp;address</source>
        <translation>آپ کا پتہ (&amp;A)</translation>
    </message>
    <message>
        <source>One line for each part, without the postcode.</source>
        <translation>ہر حصے کے لیے ایک سطر، پوسٹ کوڈ کے بغیر۔</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>پوسٹ کوڈ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation>ای میل، اختیاری (&amp;E)</translation>
    </message>
    <message>
        <source>Only if you want the answer by email.</source>
        <translation>صرف اگر آپ جواب ای میل پر چاہتے ہیں۔</translation>
    </message>
    <message>
        <source>P&amp;hone (optional)</source>
        <translation>فون، اختیاری (&amp;H)</translation>
    </message>
    <message>
        <source>Your &amp;organisation</source>
        <translation>آپ کا ادارہ (&amp;O)</translation>
    </message>
    <message>
        <source>The charity or service.</source>
        <translation>خیراتی ادارہ یا سروس۔</translation>
    </message>
</context>
<context>
    <name>WhoChoices</name>
    <message>
        <source>Everyone</source>
        <translation>سب</translation>
    </message>
    <message>
        <source>{household} (family)</source>
        <translation>‏{household} (خاندان)</translation>
    </message>
</context>
<context>
    <name>WrongFactsModel</name>
    <message>
        <source>What it is about</source>
        <translation>یہ کس بارے میں ہے</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>جواب میں کیا لکھا ہے</translation>
    </message>
    <message>
        <source>What is right</source>
        <translation>صحیح کیا ہے</translation>
    </message>
</context>
</TS>
