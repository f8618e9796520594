<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutPage</name>
    <message>
        <source>Who is it about?</source>
        <translation>Kogo to dotyczy?</translation>
    </message>
    <message>
        <source>Organisations find records by name and date of birth. Former names, pupil numbers and schools help them find every record, so nothing is missed. For brothers and sisters, add each child: each gets their own letter and their own case, printed together.</source>
        <translation>Organizacje szukają danych po imieniu, nazwisku i dacie urodzenia. Dawne nazwiska, numery ucznia i szkoły pomagają im znaleźć wszystkie dane, tak by niczego nie pominąć. Jeśli chodzi o rodzeństwo, dodaj każde dziecko: każde dostanie własny list i własną sprawę, wydrukowane razem.</translation>
    </message>
    <message>
        <source>Saved &amp;people</source>
        <translation>Zapisane &amp;osoby</translation>
    </message>
    <message>
        <source>Add this &amp;child</source>
        <translation>Dodaj &amp;to dziecko</translation>
    </message>
    <message>
        <source>Children in this request</source>
        <translation>Dzieci w tym wniosku</translation>
    </message>
    <message>
        <source>&amp;Add another child</source>
        <translation>Dodaj &amp;kolejne dziecko</translation>
    </message>
    <message>
        <source>&amp;Remove this child</source>
        <translation>U&amp;suń to dziecko</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>O tobie</translation>
    </message>
    <message>
        <source>Tell us what the school records may say about you.</source>
        <translation>Napisz, co mogą o tobie mówić dane ze szkoły.</translation>
    </message>
    <message>
        <source>Tell us about the child the letter is about. If you&apos;re asking for brothers and sisters too, add each of them: they get a letter each.</source>
        <translation>Napisz o dziecku, którego dotyczy list. Jeśli pytasz też o jego rodzeństwo, dodaj każde z nich: każde dostanie osobny list.</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>Nowe dziecko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Child {number}</source>
        <translation>Dziecko {number}</translation>
    </message>
</context>
<context>
    <name>ActionTitles</name>
    <message>
        <source>Send the letter, or mark it as sent</source>
        <translation>Wyślij list albo zaznacz, że został wysłany</translation>
    </message>
    <message>
        <source>Reply to the organisation&apos;s question</source>
        <translation>Odpowiedz na pytanie organizacji</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Wyślij przypomnienie</translation>
    </message>
    <message>
        <source>Complain to the organisation</source>
        <translation>Złóż skargę do organizacji</translation>
    </message>
    <message>
        <source>Complain to the ICO</source>
        <translation>Złóż skargę do ICO</translation>
    </message>
    <message>
        <source>Ask the ICO to review its outcome</source>
        <translation>Poproś ICO o ponowne rozpatrzenie decyzji</translation>
    </message>
    <message>
        <source>Ask for corrections</source>
        <translation>Poproś o poprawki</translation>
    </message>
    <message>
        <source>Ask for its compelling legitimate grounds</source>
        <translation>Zapytaj o ważne prawnie uzasadnione podstawy</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Zamknij sprawę</translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>The address for {body} is not confirmed: it was last checked in {checked}.</source>
        <translation>Adres ({body}) nie jest potwierdzony. Ostatnie sprawdzenie: {checked}.</translation>
    </message>
    <message>
        <source>Before posting, open the GOV.UK page “{title}” and {look_for}.</source>
        <translation>Przed wysłaniem otwórz stronę GOV.UK „{title}”. Co tam sprawdzić (po angielsku): {look_for}.</translation>
    </message>
    <message>
        <source>Before posting, open the GOV.UK page “{title}”.</source>
        <translation>Przed wysłaniem otwórz stronę GOV.UK „{title}”.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>The letter says you have parental responsibility. Foster and kinship carers often don&apos;t; under a care order the council shares it with the parents. If you don&apos;t have it, the child can sign an authority for you if they are about 12 or over, or someone with parental responsibility (a parent, or the council) can make the request. Ask an adviser if you are not sure.</source>
        <translation>List mówi, że masz władzę rodzicielską (parental responsibility). Rodziny zastępcze i opiekujący się dzieckiem krewni często jej nie mają; przy orzeczeniu o pieczy (care order) samorząd dzieli ją z rodzicami. Jeśli jej nie masz, dziecko w wieku około 12 lat lub starsze może podpisać dla Ciebie upoważnienie albo wniosek może złożyć ktoś z władzą rodzicielską (rodzic lub samorząd). Jeśli nie masz pewności, zapytaj doradcę.</translation>
    </message>
    <message>
        <source>Parental responsibility means the legal rights and duties a parent has for a child. More than one person can have it, and not only birth parents: a guardian or someone named in a court order can have it too. The organisation may ask you to show that you have it. Send proof only if it asks.</source>
        <translation>Władza rodzicielska (parental responsibility) to prawa i obowiązki, jakie rodzic ma wobec dziecka. Może ją mieć więcej niż jedna osoba, i nie tylko rodzice biologiczni: także opiekun prawny lub osoba wskazana w orzeczeniu sądu. Organizacja może poprosić o dowód, że ją masz. Wyślij go tylko wtedy, gdy o to poprosi.</translation>
    </message>
    <message>
        <source>The rights belong to your child, not to you. A parent or carer should act for a child only if the child agrees, if the child can&apos;t yet understand their rights, or if it is clearly in the child&apos;s best interests.</source>
        <translation>Te prawa należą do Twojego dziecka, nie do Ciebie. Rodzic lub opiekun powinien działać w imieniu dziecka tylko wtedy, gdy dziecko się zgadza, gdy nie rozumie jeszcze swoich praw albo gdy jest to wyraźnie w jego najlepszym interesie.</translation>
    </message>
    <message>
        <source>The organisation may ask for proof of identity. Send it only if it asks.</source>
        <translation>Organizacja może poprosić o dowód tożsamości. Wyślij go tylko wtedy, gdy o to poprosi.</translation>
    </message>
    <message>
        <source>If you later complain to the ICO for them, the ICO asks for a signed consent letter from anyone aged 12 or over.</source>
        <translation>Jeśli później złożysz w ich imieniu skargę do ICO, ICO prosi o podpisaną zgodę od każdej osoby w wieku 12 lat lub starszej.</translation>
    </message>
    <message>
        <source>You&apos;re asking for your own data, so you sign the letter.</source>
        <translation>Pytasz o własne dane, więc to Ty podpisujesz list.</translation>
    </message>
    <message>
        <source>You&apos;re {age} years old. You can use your own rights if you understand what you&apos;re asking for. In England there&apos;s no fixed age: the ICO says around 12 is a reasonable guide. A parent, carer or another adult you trust can help you, or ask for you.</source>
        <translation>Twój wiek: {age}. Możesz korzystać ze swoich praw, jeśli rozumiesz, o co prosisz. W Anglii nie ma stałej granicy wieku: ICO uważa, że rozsądną wskazówką jest około 12 lat. Rodzic, opiekun albo inny zaufany dorosły może Ci pomóc albo zapytać za Ciebie.</translation>
    </message>
    <message>
        <source>At {age}, you can usually ask for your own data. The ICO says around 12 is a reasonable guide.</source>
        <translation>W Twoim wieku ({age}) zwykle możesz sam(a) prosić o swoje dane. ICO uważa, że rozsądną wskazówką jest około 12 lat.</translation>
    </message>
    <message>
        <source>You&apos;re {age} years old, so you&apos;re not an adult yet. Choose &apos;the pupil&apos; instead: the letter will be the same, but the advice fits better.</source>
        <translation>Twój wiek: {age}, więc nie jesteś jeszcze dorosły(-a). Wybierz zamiast tego „uczeń”: list będzie taki sam, ale porady będą lepiej pasować.</translation>
    </message>
    <message>
        <source>You&apos;re asking for your own data, so you sign the letter. Give any former names and schools so the organisation can find your records.</source>
        <translation>Pytasz o własne dane, więc to Ty podpisujesz list. Podaj dawne nazwiska i szkoły, aby organizacja mogła znaleźć Twoje dane.</translation>
    </message>
    <message>
        <source>Ask your child to sign the authority form, to show they agree to you asking for them.</source>
        <translation>Poproś dziecko o podpisanie formularza upoważnienia, aby pokazać, że zgadza się, byś pytał(a) w jego imieniu.</translation>
    </message>
    <message>
        <source>Your child is {age} years old. A child this young may not understand enough to give you their authority. If so, untick the box that says they agree.</source>
        <translation>Wiek Twojego dziecka: {age}. Tak małe dziecko może nie rozumieć wystarczająco, by dać Ci upoważnienie. Jeśli tak jest, odznacz pole, które mówi, że się zgadza.</translation>
    </message>
    <message>
        <source>Your child is {age} years old, an adult. You need their signed authority, like anyone asking for an adult&apos;s data. Parental responsibility ends at 18.</source>
        <translation>Wiek Twojego dziecka: {age}, czyli jest dorosłe. Potrzebujesz jego podpisanego upoważnienia, jak każdy, kto pyta o dane dorosłej osoby. Władza rodzicielska kończy się w wieku 18 lat.</translation>
    </message>
    <message>
        <source>They are {age} years old, an adult, so a parent can&apos;t ask for their data without their signed authority. Tick the box that says they agree, so the authority form goes with the letter.</source>
        <translation>Wiek: {age}, czyli to osoba dorosła, więc rodzic nie może pytać o jej dane bez jej podpisanego upoważnienia. Zaznacz pole, które mówi, że się zgadza, aby formularz upoważnienia został dołączony do listu.</translation>
    </message>
    <message>
        <source>Your child is {age} years old. Many children of 12 and over can decide for themselves, and the organisation may want to know they agree. Talk to them. If they understand, ask them to sign the authority form: tick the box that says they agree.</source>
        <translation>Wiek Twojego dziecka: {age}. Wiele dzieci w wieku 12 lat i starszych może decydować samodzielnie, a organizacja może chcieć wiedzieć, że dziecko się zgadza. Porozmawiaj z nim. Jeśli rozumie, poproś je o podpisanie formularza upoważnienia: zaznacz pole, które mówi, że się zgadza.</translation>
    </message>
    <message>
        <source>Tell your child what you&apos;re asking for and why, in words they understand, and listen to what they think.</source>
        <translation>Powiedz dziecku, o co prosisz i dlaczego, słowami, które rozumie, i wysłuchaj, co o tym myśli.</translation>
    </message>
    <message>
        <source>Send the signed authority with the letter, so the organisation knows you may act.</source>
        <translation>Wyślij podpisane upoważnienie razem z listem, aby organizacja wiedziała, że możesz działać.</translation>
    </message>
    <message>
        <source>The pupil should sign it if they understand what it means; around 12 is a reasonable guide.</source>
        <translation>Uczeń powinien je podpisać, jeśli rozumie, co ono oznacza; rozsądną wskazówką jest około 12 lat.</translation>
    </message>
    <message>
        <source>The pupil is {age} years old, so a parent or carer usually signs the authority. Explain to the child what you&apos;re doing, in words they understand.</source>
        <translation>Wiek ucznia: {age}, więc upoważnienie zwykle podpisuje rodzic lub opiekun. Wyjaśnij dziecku, co robisz, słowami, które rozumie.</translation>
    </message>
    <message>
        <source>The pupil is {age} years old, so they should sign the authority themselves.</source>
        <translation>Wiek ucznia: {age}, więc powinien sam podpisać upoważnienie.</translation>
    </message>
</context>
<context>
    <name>AdvisersDialog</name>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Advisers</source>
        <translation>Doradcy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Add an adviser</source>
        <translation>Dodaj doradcę</translation>
    </message>
    <message>
        <source>&amp;Add adviser</source>
        <translation>&amp;Dodaj doradcę</translation>
    </message>
    <message>
        <source>Re&amp;move the selected adviser…</source>
        <translation>&amp;Usuń wybranego doradcę…</translation>
    </message>
    <message>
        <source>Setting up the passphrase</source>
        <translation>Ustawianie hasła</translation>
    </message>
    <message>
        <source>Setting up the passphrase…</source>
        <translation>Ustawianie hasła…</translation>
    </message>
    <message>
        <source>This vault opens with one passphrase. An advice charity can give each adviser their own name and passphrase instead, and see who did what in the audit trail. The first adviser you add is you: you become its admin, and the vault&apos;s passphrase stops working (the recovery code stays).</source>
        <translation>Ten sejf otwiera się jednym hasłem. Organizacja doradcza może zamiast tego dać każdemu doradcy własną nazwę i hasło, a w rejestrze zmian widzieć, kto co zrobił. Pierwszym dodanym doradcą jesteś Ty: zostajesz administratorem, a hasło sejfu przestaje działać (kod odzyskiwania zostaje).</translation>
    </message>
    <message>
        <source>&amp;Start with me as the first adviser</source>
        <translation>&amp;Zacznij ode mnie jako pierwszego doradcy</translation>
    </message>
    <message>
        <source>Each adviser signs in with their name and their own passphrase; an admin adds and removes them. Removing an adviser stops their passphrase opening the vault; anything they saved or copied out before is not taken back.</source>
        <translation>Każdy doradca loguje się swoją nazwą i własnym hasłem; administrator ich dodaje i usuwa. Po usunięciu doradcy jego hasło przestaje otwierać sejf; tego, co wcześniej zapisał lub skopiował, nie da się odebrać.</translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can add or remove advisers.</source>
        <translation>Tylko doradca z rolą administratora może dodawać lub usuwać doradców.</translation>
    </message>
    <message>
        <source>Setting up the passphrase. This takes a few seconds…</source>
        <translation>Ustawianie hasła. To potrwa kilka sekund…</translation>
    </message>
    <message>
        <source>You are the first adviser, with the admin role. Next time, sign in with your name and this passphrase.</source>
        <translation>Jesteś pierwszym doradcą, z rolą administratora. Następnym razem zaloguj się swoją nazwą i tym hasłem.</translation>
    </message>
    <message>
        <source>Added {name}. Give them their passphrase in person, not by email.</source>
        <translation>Dodano: {name}. Przekaż tej osobie hasło osobiście, nie e-mailem.</translation>
    </message>
    <message>
        <source>Choose the adviser to remove in the list first.</source>
        <translation>Najpierw wybierz z listy doradcę do usunięcia.</translation>
    </message>
    <message>
        <source>Remove an adviser</source>
        <translation>Usuń doradcę</translation>
    </message>
    <message>
        <source>Remove {name}? Their passphrase will no longer open the vault. What they saved or copied out before is not taken back.</source>
        <translation>Usunąć: {name}? Hasło tej osoby przestanie otwierać sejf. Tego, co wcześniej zapisała lub skopiowała, nie da się odebrać.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Usunięto: {name}.</translation>
    </message>
</context>
<context>
    <name>AfterSending</name>
    <message>
        <source>Go to the ICO&apos;s complaint form on its website ({form}). Use Copy text on the letter page and paste it into the form, and attach the letters and replies it asks for.</source>
        <translation>Wejdź na stronę ICO z formularzem skargi ({form}). Na stronie listu użyj przycisku kopiowania tekstu, wklej go do formularza i dołącz listy oraz odpowiedzi, o które prosi.</translation>
    </message>
    <message>
        <source>Keep the email the ICO sends you. npdrights keeps a copy of your complaint with the case.</source>
        <translation>Zachowaj e-mail, który przyśle Ci ICO. npdrights przechowuje kopię Twojej skargi w sprawie.</translation>
    </message>
    <message>
        <source>Write an email to {to}. Use Copy text on the letter page and paste the letter into it, or attach the PDF you saved.</source>
        <translation>Napisz e-mail do: {to}. Na stronie listu użyj przycisku kopiowania tekstu i wklej list do wiadomości albo dołącz zapisany plik PDF.</translation>
    </message>
    <message>
        <source>Print the form to sign, have it signed, then scan or photograph it and attach it.</source>
        <translation>Wydrukuj formularz do podpisu, daj go do podpisania, a potem zeskanuj go lub sfotografuj i dołącz.</translation>
    </message>
    <message>
        <source>Print the {forms} forms to sign, have them signed, then scan or photograph them and attach them.</source>
        <translation>Wydrukuj formularze do podpisu ({forms}), daj je do podpisania, a potem zeskanuj je lub sfotografuj i dołącz.</translation>
    </message>
    <message>
        <source>Keep the email you send. npdrights keeps a copy of the letter with the case as well.</source>
        <translation>Zachowaj wysłany e-mail. npdrights też przechowuje kopię listu w sprawie.</translation>
    </message>
    <message>
        <source>Sign the letter by hand above your name. Have each form signed too.</source>
        <translation>Podpisz list odręcznie nad swoim imieniem i nazwiskiem. Daj też do podpisania każdy formularz.</translation>
    </message>
    <message>
        <source>Sign the letter by hand above your name.</source>
        <translation>Podpisz list odręcznie nad swoim imieniem i nazwiskiem.</translation>
    </message>
    <message>
        <source>Fold each letter in three, with the top third (your address and theirs) facing out, so their address shows through the window of a DL envelope.</source>
        <translation>Złóż każdy list na trzy części tak, by górna część (Twój adres i adres odbiorcy) była na zewnątrz, a adres odbiorcy było widać w okienku koperty DL.</translation>
    </message>
    <message>
        <source>Keep a copy of what you send. npdrights keeps one with the case as well.</source>
        <translation>Zachowaj kopię tego, co wysyłasz. npdrights też przechowuje kopię w sprawie.</translation>
    </message>
    <message>
        <source>When it has gone, open the case and choose &apos;Mark as sent&apos;, with the day you sent it. From that day npdrights works out when it arrived, and so when the answer is due.</source>
        <translation>Gdy list zostanie wysłany, otwórz sprawę, oznacz ją jako wysłaną i podaj dzień wysyłki. Na tej podstawie npdrights obliczy, kiedy list dotarł, a więc kiedy mija termin odpowiedzi.</translation>
    </message>
    <message>
        <source>You marked it as sent on {day}. The case shows when the answer is due, and npdrights reminds you.</source>
        <translation>Oznaczono jako wysłane {day}. Sprawa pokazuje, kiedy mija termin odpowiedzi, a npdrights Ci o nim przypomni.</translation>
    </message>
    <message>
        <source>When a reply comes, open the case and choose &apos;Record what happened&apos;. npdrights helps you check the answer has everything it should, and says what you can do next. If no answer comes in time, it offers a reminder.</source>
        <translation>Gdy przyjdzie odpowiedź, otwórz sprawę i zapisz, co się wydarzyło. npdrights pomoże sprawdzić, czy odpowiedź zawiera wszystko, co powinna, i podpowie, co możesz zrobić dalej. Jeśli odpowiedź nie przyjdzie na czas, zaproponuje przypomnienie.</translation>
    </message>
    <message>
        <source>Print the letter.</source>
        <translation>Wydrukuj list.</translation>
    </message>
    <message>
        <source>Print the {letters} letters.</source>
        <translation>Wydrukuj wszystkie listy ({letters}).</translation>
    </message>
    <message>
        <source>Print the letter and the form to sign.</source>
        <translation>Wydrukuj list i formularz do podpisu.</translation>
    </message>
    <message>
        <source>Print the {letters} letters and the form to sign.</source>
        <translation>Wydrukuj wszystkie listy ({letters}) i formularz do podpisu.</translation>
    </message>
    <message>
        <source>Print the letter and the {forms} forms to sign.</source>
        <translation>Wydrukuj list i formularze do podpisu ({forms}).</translation>
    </message>
    <message>
        <source>Print the {letters} letters and the {forms} forms to sign.</source>
        <translation>Wydrukuj wszystkie listy ({letters}) i formularze do podpisu ({forms}).</translation>
    </message>
    <message>
        <source>Send it Signed For at a Post Office and keep the receipt: it shows the day you posted it, and its number tells you when it was delivered.</source>
        <translation>Wyślij list na poczcie (Post Office) usługą Signed For i zachowaj potwierdzenie: widać na nim dzień nadania, a po jego numerze sprawdzisz, kiedy list doręczono.</translation>
    </message>
    <message>
        <source>Post it at a Post Office counter and ask for a free certificate of posting. It proves the day you posted it: keep it safe.</source>
        <translation>Nadaj list w okienku na poczcie (Post Office) i poproś o bezpłatne potwierdzenie nadania (certificate of posting). To dowód dnia wysyłki: zachowaj je.</translation>
    </message>
</context>
<context>
    <name>AnswerChecked</name>
    <message>
        <source>Everything the law lists was included.</source>
        <translation>Dołączono wszystko, czego wymaga prawo.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the {total} things the law lists missing.</source>
        <translation>
            <numerusform>Brakuje %n z {total} rzeczy wymaganych przez prawo.</numerusform>
            <numerusform>Brakuje %n z {total} rzeczy wymaganych przez prawo.</numerusform>
            <numerusform>Brakuje %n z {total} rzeczy wymaganych przez prawo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included, though asked for: {items}.</source>
        <translation>Nie dołączono, choć o to proszono: {items}.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong fact(s) noted.</source>
        <translation>
            <numerusform>Zapisano %n błędny fakt.</numerusform>
            <numerusform>Zapisano %n błędne fakty.</numerusform>
            <numerusform>Zapisano %n błędnych faktów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerItems</name>
    <message>
        <source>A copy of the data</source>
        <translation>Kopia danych</translation>
    </message>
    <message>
        <source>A copy of the information itself, not just a description of it.</source>
        <translation>Kopia samych informacji, a nie tylko ich opis.</translation>
    </message>
    <message>
        <source>Why it holds the data</source>
        <translation>Dlaczego ma te dane</translation>
    </message>
    <message>
        <source>The purposes it uses the data for.</source>
        <translation>Cele, w jakich używa danych.</translation>
    </message>
    <message>
        <source>What kinds of data it holds</source>
        <translation>Jakie rodzaje danych ma</translation>
    </message>
    <message>
        <source>The categories of personal data, for example attendance, exam results or special educational needs.</source>
        <translation>Kategorie danych osobowych, na przykład frekwencja, wyniki egzaminów lub specjalne potrzeby edukacyjne.</translation>
    </message>
    <message>
        <source>Who it shares the data with</source>
        <translation>Komu udostępnia dane</translation>
    </message>
    <message>
        <source>The organisations, or kinds of organisation, it gives or may give the data to.</source>
        <translation>Organizacje lub rodzaje organizacji, którym przekazuje lub może przekazać dane.</translation>
    </message>
    <message>
        <source>The record of releases to others</source>
        <translation>Rejestr przekazań danych innym</translation>
    </message>
    <message>
        <source>Which outside organisations (companies, researchers, others) were actually given the data, and when.</source>
        <translation>Które zewnętrzne organizacje (firmy, badacze, inni) faktycznie dostały dane i kiedy.</translation>
    </message>
    <message>
        <source>How long it keeps the data</source>
        <translation>Jak długo przechowuje dane</translation>
    </message>
    <message>
        <source>How long the data will be kept, or how it decides that.</source>
        <translation>Jak długo dane będą przechowywane albo jak o tym decyduje.</translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation>Skąd pochodzą dane</translation>
    </message>
    <message>
        <source>Where it got the data, if not from you (for example a school or council).</source>
        <translation>Skąd ma dane, jeśli nie od Ciebie (na przykład ze szkoły lub samorządu).</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Twoje prawa</translation>
    </message>
    <message>
        <source>Your rights to have data corrected, deleted or restricted, to object, and to complain to the ICO.</source>
        <translation>Twoje prawo do sprostowania, usunięcia lub ograniczenia danych, do sprzeciwu i do skargi do ICO.</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Zautomatyzowane decyzje</translation>
    </message>
    <message>
        <source>Whether any decisions are made by computer alone, or profiling, and if so how and with what effect.</source>
        <translation>Czy jakieś decyzje podejmuje sam komputer albo czy jest profilowanie, a jeśli tak, to jak i z jakim skutkiem.</translation>
    </message>
    <message>
        <source>Safeguards for sending data abroad</source>
        <translation>Zabezpieczenia przy wysyłaniu danych za granicę</translation>
    </message>
    <message>
        <source>If the data goes outside the UK, how it is protected there.</source>
        <translation>Jeśli dane trafiają poza Wielką Brytanię, jak są tam chronione.</translation>
    </message>
    <message>
        <source>Reasons for anything left out</source>
        <translation>Powody pominięcia czegokolwiek</translation>
    </message>
    <message>
        <source>If it withheld anything, why, and that you can complain. Tick this if nothing was withheld.</source>
        <translation>Jeśli coś zatrzymano, to dlaczego, oraz informacja, że możesz złożyć skargę. Zaznacz, jeśli niczego nie zatrzymano.</translation>
    </message>
</context>
<context>
    <name>AnswerPoints</name>
    <message>
        <source>{Body} asked you to clarify on {asked}, after its time to answer had run out, so that doesn&apos;t give it more time.</source>
        <translation>{Body}: prośba o wyjaśnienia przyszła {asked}, gdy czas na odpowiedź już minął, więc nie daje to więcej czasu.</translation>
    </message>
    <message>
        <source>{Body} asked for proof of identity on {asked}, after its time to answer had run out on {before_id}. Its month starts again from when your proof reached it, but you can point out that it should have asked within the month.</source>
        <translation>{Body}: prośba o dowód tożsamości przyszła {asked}, a czas na odpowiedź minął {before_id}. Miesiąc liczy się od nowa od dnia, gdy Twój dowód dotarł, ale możesz zwrócić uwagę, że o dowód należało poprosić w ciągu miesiąca.</translation>
    </message>
    <message>
        <source>{Body} told you it needed more time on {notified}, after its first deadline of {first_due}. The law says it must tell you within the first month, so you can say the extension doesn&apos;t apply and its answer was due on {first_due}.</source>
        <translation>{Body}: informacja, że potrzeba więcej czasu, przyszła {notified}, już po pierwszym terminie, który mijał {first_due}. Prawo wymaga, by taka informacja przyszła w ciągu pierwszego miesiąca, więc możesz napisać, że przedłużenie nie obowiązuje, a odpowiedź należała się do {first_due}.</translation>
    </message>
    <message>
        <source>{Body} told you it needed more time on {notified}. If your request reached it when the post normally would, its first deadline was {first_due}, and the law says it must tell you within the first month. Ask it the date it received your request: if the notice came after the month, the extension doesn&apos;t apply.</source>
        <translation>{Body}: informacja, że potrzeba więcej czasu, przyszła {notified}. Jeśli Twój wniosek dotarł w zwykłym czasie, w jakim idzie poczta, pierwszy termin mijał {first_due}, a prawo wymaga, by taka informacja przyszła w ciągu pierwszego miesiąca. Zapytaj, którego dnia wniosek dotarł: jeśli informacja przyszła po upływie miesiąca, przedłużenie nie obowiązuje.</translation>
    </message>
</context>
<context>
    <name>AnswerRules</name>
    <message>
        <source>one calendar month from {start}, when it got your request</source>
        <translation>jeden miesiąc kalendarzowy od {start}, czyli od dnia otrzymania wniosku</translation>
    </message>
    <message>
        <source>one calendar month from {start}, when your proof of identity reached it, which starts the month again</source>
        <translation>jeden miesiąc kalendarzowy od {start}, czyli od dnia, gdy dotarło potwierdzenie tożsamości – wtedy miesiąc liczy się od nowa</translation>
    </message>
    <message>
        <source>three calendar months from {start}, when it got your request</source>
        <translation>trzy miesiące kalendarzowe od {start}, czyli od dnia otrzymania wniosku</translation>
    </message>
    <message>
        <source>three calendar months from {start}, when your proof of identity reached it, which starts the month again</source>
        <translation>trzy miesiące kalendarzowe od {start}, czyli od dnia, gdy dotarło potwierdzenie tożsamości – wtedy miesiąc liczy się od nowa</translation>
    </message>
    <message>
        <source>{story} (the day it arrives counts as day 1, even at a weekend or on a bank holiday)</source>
        <translation>{story} (dzień otrzymania liczy się jako pierwszy, nawet w weekend lub w dzień wolny od pracy)</translation>
    </message>
    <message>
        <source>{story}, so to {month_end} as {month} has no {day_th}</source>
        <translation>{story}, więc do {month_end}, bo {month} nie ma {day_th} dnia</translation>
    </message>
    <message>
        <source>{story}, plus 1 day while {body} waited for your clarification ({spans})</source>
        <translation>{story}, plus 1 dzień, gdy {body} czeka na Twoje wyjaśnienia ({spans})</translation>
    </message>
    <message>
        <source>{story}, plus {days} days while {body} waited for your clarification ({spans})</source>
        <translation>{story}, plus czas, gdy {body} czeka na Twoje wyjaśnienia (liczba dni: {days}; {spans})</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>od {first} do {last}</translation>
    </message>
    <message>
        <source>{Body} must answer by {due}: {story}.</source>
        <translation>{Body} musi odpowiedzieć do {due}: {story}.</translation>
    </message>
    <message>
        <source>{Body} must answer by {due}: {story}, moved past {days_off}.</source>
        <translation>{Body} musi odpowiedzieć do {due}: {story}; termin przesunięto z powodu {days_off}.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>February</source>
        <translation>luty</translation>
    </message>
    <message>
        <source>April</source>
        <translation>kwiecień</translation>
    </message>
    <message>
        <source>June</source>
        <translation>czerwiec</translation>
    </message>
    <message>
        <source>September</source>
        <translation>wrzesień</translation>
    </message>
    <message>
        <source>November</source>
        <translation>listopad</translation>
    </message>
    <message>
        <source>{day}st</source>
        <translation>{day}.</translation>
    </message>
    <message>
        <source>{day}th</source>
        <translation>{day}.</translation>
    </message>
    <message>
        <source>Asking you to clarify doesn&apos;t give {body} more time: the law pauses the clock only for access requests.</source>
        <translation>Prośba o wyjaśnienia nie daje więcej czasu (adresat: {body}): prawo wstrzymuje odliczanie tylko przy wnioskach o dostęp do danych.</translation>
    </message>
    <message>
        <source>It has three months because it told you on {day} that it needs more time.</source>
        <translation>Ma trzy miesiące, bo {day} poinformowano Cię, że potrzeba więcej czasu.</translation>
    </message>
    <message>
        <source>It has three months because it extended the deadline. It had to tell you so, with its reasons, by {day}.</source>
        <translation>Ma trzy miesiące, bo przedłużono termin. Trzeba było Cię o tym powiadomić, z podaniem powodów, do {day}.</translation>
    </message>
</context>
<context>
    <name>ArrivalRules</name>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it first class on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>{Body} ma pismo od {due} – tak się przyjmuje, bo to drugi dzień roboczy po wysłaniu go listem priorytetowym {sent}. To tylko szacunek. Jeśli znasz dzień doręczenia, wpisz go, a daty będą dokładne.</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it first class on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>{Body} ma pismo od {due} – tak się przyjmuje, bo to drugi dzień roboczy po wysłaniu go listem priorytetowym {sent}, nie licząc {days_off}. To tylko szacunek. Jeśli znasz dzień doręczenia, wpisz go, a daty będą dokładne.</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it by signed-for post on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>{Body} ma pismo od {due} – tak się przyjmuje, bo to drugi dzień roboczy po wysłaniu go listem poleconym {sent}. To tylko szacunek. Jeśli znasz dzień doręczenia, wpisz go, a daty będą dokładne.</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the second working day after you posted it by signed-for post on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>{Body} ma pismo od {due} – tak się przyjmuje, bo to drugi dzień roboczy po wysłaniu go listem poleconym {sent}, nie licząc {days_off}. To tylko szacunek. Jeśli znasz dzień doręczenia, wpisz go, a daty będą dokładne.</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the fourth working day after you posted it second class on {sent}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>{Body} ma pismo od {due} – tak się przyjmuje, bo to czwarty dzień roboczy po wysłaniu go listem ekonomicznym {sent}. To tylko szacunek. Jeśli znasz dzień doręczenia, wpisz go, a daty będą dokładne.</translation>
    </message>
    <message>
        <source>{Body} is treated as getting it on {due}: the fourth working day after you posted it second class on {sent}, not counting {days_off}. This is an estimate. If you know the day it was delivered, record it to make the dates exact.</source>
        <translation>{Body} ma pismo od {due} – tak się przyjmuje, bo to czwarty dzień roboczy po wysłaniu go listem ekonomicznym {sent}, nie licząc {days_off}. To tylko szacunek. Jeśli znasz dzień doręczenia, wpisz go, a daty będą dokładne.</translation>
    </message>
    <message>
        <source>Counted as arriving the day you send it.</source>
        <translation>Uznaje się, że dociera w dniu wysłania.</translation>
    </message>
    <message>
        <source>Counted as arriving {count} working days after posting.</source>
        <translation>Uznaje się, że dociera po {count} dniach roboczych od nadania.</translation>
    </message>
    <message>
        <source>{Body} got it on {day}, the delivery date you recorded.</source>
        <translation>{Body} ma je od {day} – to wpisana przez Ciebie data doręczenia.</translation>
    </message>
    <message>
        <source>{Body} got it on {day}: email and online forms arrive the day they are sent.</source>
        <translation>{Body} ma je od {day}: e-maile i formularze internetowe docierają w dniu wysłania.</translation>
    </message>
</context>
<context>
    <name>Askers</name>
    <message>
        <source>The pupil, asking for themselves</source>
        <translation>Uczeń, który pyta we własnym imieniu</translation>
    </message>
    <message>
        <source>A parent or carer, with the pupil&apos;s agreement</source>
        <translation>Rodzic lub opiekun, za zgodą ucznia</translation>
    </message>
    <message>
        <source>A parent or carer, for a child too young to ask</source>
        <translation>Rodzic lub opiekun, za dziecko zbyt małe, by pytać</translation>
    </message>
    <message>
        <source>A former pupil, now an adult</source>
        <translation>Były uczeń, teraz dorosły</translation>
    </message>
    <message>
        <source>An adviser, with a signed authority</source>
        <translation>Doradca z podpisanym upoważnieniem</translation>
    </message>
</context>
<context>
    <name>Asks</name>
    <message>
        <source>a copy of everything it holds about the pupil, free of charge</source>
        <translation>bezpłatną kopię wszystkiego, co ma o uczniu</translation>
    </message>
    <message>
        <source>where each piece of information came from</source>
        <translation>skąd pochodzi każda informacja</translation>
    </message>
    <message>
        <source>what it uses the information for</source>
        <translation>do czego używa tych informacji</translation>
    </message>
    <message>
        <source>what kinds of information it holds</source>
        <translation>jakie rodzaje informacji ma</translation>
    </message>
    <message>
        <source>who it has given the information to, and the safeguards for any sent abroad</source>
        <translation>komu przekazał te informacje i jakie są zabezpieczenia dla tych wysłanych za granicę</translation>
    </message>
    <message>
        <source>how long it keeps each part</source>
        <translation>jak długo przechowuje każdą część</translation>
    </message>
    <message>
        <source>any automated decisions made about the pupil</source>
        <translation>wszelkie automatyczne decyzje podjęte wobec ucznia</translation>
    </message>
    <message>
        <source>the pupil&apos;s rights: correction, deletion, restriction, objection and complaint to the ICO</source>
        <translation>prawa ucznia: sprostowanie, usunięcie, ograniczenie, sprzeciw i skarga do ICO</translation>
    </message>
    <message>
        <source>for each organisation given the record: the dates, the law used, and whether it was a company, a newspaper or a journalist</source>
        <translation>dla każdej organizacji, która dostała dane: daty, podstawę prawną i czy była to firma, gazeta czy dziennikarz</translation>
    </message>
    <message>
        <source>the other datasets the record has been linked with</source>
        <translation>inne zbiory danych, z którymi połączono te dane</translation>
    </message>
    <message>
        <source>every organisation that has looked up or been given the learning record, with the date and why</source>
        <translation>każdą organizację, która sprawdzała lub dostała rejestr nauki, z datą i powodem</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Inny plik</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Export a copy</source>
        <translation>Eksportuj kopię</translation>
    </message>
    <message>
        <source>View attachment</source>
        <translation>Podgląd załącznika</translation>
    </message>
    <message>
        <source>npdrights can&apos;t show this kind of file. Use “Export a copy” to save it somewhere you choose and open it with another program.</source>
        <translation>npdrights nie potrafi pokazać tego rodzaju pliku. Użyj „Eksportuj kopię”, zapisz go w wybranym miejscu i otwórz innym programem.</translation>
    </message>
    <message>
        <source>Attachment: {kind}</source>
        <translation>Załącznik: {kind}</translation>
    </message>
    <message>
        <source>&amp;Export a copy…</source>
        <translation>&amp;Eksportuj kopię…</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>an entry is missing here.</source>
        <translation>w tym miejscu brakuje wpisu.</translation>
    </message>
    <message>
        <source>it doesn&apos;t follow on from the entry before it.</source>
        <translation>nie wynika z poprzedniego wpisu.</translation>
    </message>
    <message>
        <source>its content doesn&apos;t match its hash.</source>
        <translation>jego treść nie zgadza się z jego skrótem.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Rejestr zmian</translation>
    </message>
    <message>
        <source>Every change to a case is written here with who made it and when, in UK time (GMT or BST). The trail names a case only by an inner number and never says what it holds; here a case still in the vault is shown by its reference, which the cases list&apos;s search finds. A dash marks changes made before the vault had advisers. Each entry is chained to the one before, so one changed or removed is found by the check below.</source>
        <translation>Każda zmiana w sprawie jest tu zapisywana wraz z tym, kto i kiedy ją wprowadził, według czasu brytyjskiego (GMT lub BST). Rejestr oznacza sprawę tylko wewnętrznym numerem i nigdy nie mówi, co zawiera; tutaj sprawa, która wciąż jest w sejfie, jest pokazana ze swoim numerem referencyjnym, który znajdzie wyszukiwarka listy spraw. Kreska oznacza zmiany sprzed pojawienia się doradców. Każdy wpis jest powiązany z poprzednim, więc zmieniony lub usunięty wpis wykryje poniższe sprawdzenie.</translation>
    </message>
    <message>
        <source>When (UK time)</source>
        <translation>Kiedy (czas brytyjski)</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Case (reference)</source>
        <translation>Sprawa (numer referencyjny)</translation>
    </message>
    <message>
        <source>Audit trail entries, newest first</source>
        <translation>Wpisy rejestru zmian, od najnowszych</translation>
    </message>
    <message>
        <source>&amp;Check that nothing was changed</source>
        <translation>&amp;Sprawdź, czy nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>Showing the newest {shown} of {total} entries. To see every one, whoever looks after npdrights here can list them all with the command: npdrights-cli audit list --limit 0</source>
        <translation>Pokazano {shown} najnowszych z {total} wpisów. Aby zobaczyć wszystkie, osoba, która zajmuje się tu npdrights, może je wypisać poleceniem: npdrights-cli audit list --limit 0</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>wszystkie sprawy</translation>
    </message>
    <message>
        <source>{number} (no longer in the vault)</source>
        <translation>{number} (już nie ma jej w sejfie)</translation>
    </message>
    <message>
        <source>{number} (no reference)</source>
        <translation>{number} (bez numeru referencyjnego)</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail checks out: %n entries, none altered, removed or added.</source>
        <translation>
            <numerusform>Rejestr zmian się zgadza: %n wpis, żaden nie został zmieniony, usunięty ani dodany.</numerusform>
            <numerusform>Rejestr zmian się zgadza: %n wpisy, żaden nie został zmieniony, usunięty ani dodany.</numerusform>
            <numerusform>Rejestr zmian się zgadza: %n wpisów, żaden nie został zmieniony, usunięty ani dodany.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been changed at entry {entry}: {reason} Entries from there on can&apos;t be trusted. The vault&apos;s snapshots and backups hold earlier copies to compare with.</source>
        <translation>Rejestr zmian został zmieniony przy wpisie {entry}: {reason} Wpisom od tego miejsca nie można ufać. Migawki i kopie zapasowe sejfu mają wcześniejsze kopie do porównania.</translation>
    </message>
</context>
<context>
    <name>AuditKinds</name>
    <message>
        <source>case created</source>
        <translation>utworzono sprawę</translation>
    </message>
    <message>
        <source>case edited</source>
        <translation>zmieniono sprawę</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation>usunięto sprawę</translation>
    </message>
    <message>
        <source>event added</source>
        <translation>dodano zdarzenie</translation>
    </message>
    <message>
        <source>event edited</source>
        <translation>zmieniono zdarzenie</translation>
    </message>
    <message>
        <source>event deleted</source>
        <translation>usunięto zdarzenie</translation>
    </message>
    <message>
        <source>letter made</source>
        <translation>utworzono list</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>załączono plik</translation>
    </message>
    <message>
        <source>file exported</source>
        <translation>wyeksportowano plik</translation>
    </message>
    <message>
        <source>letter saved to a file</source>
        <translation>zapisano list do pliku</translation>
    </message>
    <message>
        <source>letter printed</source>
        <translation>wydrukowano list</translation>
    </message>
    <message>
        <source>case exported</source>
        <translation>wyeksportowano sprawę</translation>
    </message>
    <message>
        <source>deleted under the retention policy</source>
        <translation>usunięto zgodnie z zasadami przechowywania</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <source>Give the day the family signed the authority as well as the day it ends.</source>
        <translation>Podaj dzień, w którym rodzina podpisała upoważnienie, a także dzień, w którym ono wygasa.</translation>
    </message>
    <message>
        <source>The authority can&apos;t be signed after today ({today}).</source>
        <translation>Data podpisania upoważnienia nie może być późniejsza niż dzisiejsza: {today}.</translation>
    </message>
    <message>
        <source>The authority must end after the day it was signed.</source>
        <translation>Upoważnienie musi wygasać później niż w dniu, w którym zostało podpisane.</translation>
    </message>
    <message>
        <source>No signed authority from the family is recorded. You need one to act for them: record the day they signed it.</source>
        <translation>Nie zapisano podpisanego upoważnienia od rodziny. Potrzebujesz go, aby działać w jej imieniu: zapisz dzień, w którym je podpisała.</translation>
    </message>
    <message>
        <source>The family signed its authority on {signed}. It has no end date.</source>
        <translation>Data podpisania upoważnienia przez rodzinę: {signed}. Nie ma ono daty wygaśnięcia.</translation>
    </message>
    <message>
        <source>The family&apos;s signed authority ended on {expires}. Ask them to sign a new one before you write for them again.</source>
        <translation>Podpisane upoważnienie rodziny wygasło (data: {expires}). Poproś o podpisanie nowego, zanim znów napiszesz w jej imieniu.</translation>
    </message>
    <message>
        <source>The family signed its authority on {signed}. It lasts until {expires}.</source>
        <translation>Data podpisania upoważnienia przez rodzinę: {signed}. Jest ważne do: {expires}.</translation>
    </message>
    <message>
        <source>The family&apos;s signed authority ends on {expires}, today. Ask them to sign a new one if the case will go on.</source>
        <translation>Podpisane upoważnienie rodziny wygasa dziś: {expires}. Jeśli sprawa będzie trwać dalej, poproś rodzinę o podpisanie nowego.</translation>
    </message>
    <message numerus="yes">
        <source>The family&apos;s signed authority ends on {expires}, in %n day(s). Ask them to sign a new one if the case will go on.</source>
        <translation>
            <numerusform>Podpisane upoważnienie rodziny wygasa za %n dzień: {expires}. Jeśli sprawa będzie trwać dalej, poproś rodzinę o podpisanie nowego.</numerusform>
            <numerusform>Podpisane upoważnienie rodziny wygasa za %n dni: {expires}. Jeśli sprawa będzie trwać dalej, poproś rodzinę o podpisanie nowego.</numerusform>
            <numerusform>Podpisane upoważnienie rodziny wygasa za %n dni: {expires}. Jeśli sprawa będzie trwać dalej, poproś rodzinę o podpisanie nowego.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <source>The family&apos;s signed authority</source>
        <translation>Podpisane upoważnienie rodziny</translation>
    </message>
    <message>
        <source>You act for this family with their signed authority. Record the day they signed it and, if it has one, the day it ends: the case page then warns you a month before it does.</source>
        <translation>Działasz w imieniu tej rodziny na podstawie jej podpisanego upoważnienia. Zapisz dzień podpisania i, jeśli jest, dzień jego wygaśnięcia: strona sprawy ostrzeże Cię miesiąc wcześniej.</translation>
    </message>
    <message>
        <source>The day the family signed it</source>
        <translation>Dzień podpisania przez rodzinę</translation>
    </message>
    <message>
        <source>The day it ends</source>
        <translation>Dzień wygaśnięcia</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Podpisano:</translation>
    </message>
    <message>
        <source>Ends on (leave empty if it doesn&apos;t):</source>
        <translation>Wygasa (zostaw puste, jeśli nie wygasa):</translation>
    </message>
    <message>
        <source>The day it was signed</source>
        <translation>Dzień podpisania</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
</context>
<context>
    <name>BackupContents</name>
    <message>
        <source>It holds everything in a vault: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation>Zawiera cały sejf: {cases} dotyczące {people}, {events}, {letters} i {attachments} ({size}).</translation>
    </message>
    <message>
        <source>It holds one case: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation>Zawiera jedną sprawę: {cases} dotyczące {people}, {events}, {letters} i {attachments} ({size}).</translation>
    </message>
    <message>
        <source>It holds one household: {cases} about {people}, {events}, {letters} and {attachments} ({size}).</source>
        <translation>Zawiera jedno gospodarstwo domowe: {cases} dotyczące {people}, {events}, {letters} i {attachments} ({size}).</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n zdarzenie</numerusform>
            <numerusform>%n zdarzenia</numerusform>
            <numerusform>%n zdarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n listy</numerusform>
            <numerusform>%n listów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n załącznik</numerusform>
            <numerusform>%n załączniki</numerusform>
            <numerusform>%n załączników</numerusform>
        </translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>It was made on {when}.</source>
        <translation>Utworzono ją {when}.</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <source>npdrights backups</source>
        <translation>Kopie zapasowe npdrights</translation>
    </message>
    <message>
        <source>{field}: use at least {count} characters.</source>
        <translation>{field}: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation>Wpisz je ponownie: oba hasła się różnią.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Wybierz plik kopii zapasowej</translation>
    </message>
</context>
<context>
    <name>BackupScopes</name>
    <message>
        <source>Everything in this vault</source>
        <translation>Wszystko w tym sejfie</translation>
    </message>
    <message>
        <source>One household: {name}</source>
        <translation>Jedno gospodarstwo domowe: {name}</translation>
    </message>
    <message>
        <source>One case: {name} – {reference}</source>
        <translation>Jedna sprawa: {name} – {reference}</translation>
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
        <translation>organizacja</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Export deadlines to a calendar</source>
        <translation>Eksportuj terminy do kalendarza</translation>
    </message>
    <message>
        <source>This makes a calendar file (.ics) with the dates in your open cases: when answers are due, and when you can send a reminder or complain. Import it into your calendar. If you export again later, importing the new file updates the same entries.</source>
        <translation>Tworzy plik kalendarza (.ics) z datami Twoich otwartych spraw: kiedy mija termin odpowiedzi i kiedy możesz wysłać przypomnienie lub złożyć skargę. Zaimportuj go do swojego kalendarza. Jeśli później wyeksportujesz ponownie, import nowego pliku zaktualizuje te same wpisy.</translation>
    </message>
    <message>
        <source>Calendars are often copied to Google, Microsoft or Apple servers, and shared. So the entries say only the case&apos;s reference, not who it is about or which school or council it went to.</source>
        <translation>Kalendarze są często kopiowane na serwery Google, Microsoft lub Apple i udostępniane. Dlatego wpisy podają tylko numer sprawy, a nie to, kogo dotyczy ani do jakiej szkoły lub samorządu trafiła.</translation>
    </message>
    <message>
        <source>&amp;Include names: the person&apos;s name and the organisation&apos;s</source>
        <translation>&amp;Dołącz nazwy: imię i nazwisko osoby oraz nazwę organizacji</translation>
    </message>
    <message>
        <source>Include names in the calendar entries</source>
        <translation>Dołącz nazwy do wpisów w kalendarzu</translation>
    </message>
    <message>
        <source>&amp;Save the calendar file…</source>
        <translation>&amp;Zapisz plik kalendarza…</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Zapisz plik kalendarza</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation>Nie udało się tam zapisać pliku ({reason}). Wybierz inny folder.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n date(s) in {path}.</source>
        <translation>
            <numerusform>Zapisano %n datę w {path}.</numerusform>
            <numerusform>Zapisano %n daty w {path}.</numerusform>
            <numerusform>Zapisano %n dat w {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseCounts</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Został %n dzień</numerusform>
            <numerusform>Zostały %n dni</numerusform>
            <numerusform>Zostało %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dzień po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue</source>
        <translation>
            <numerusform>%n sprawa jest po terminie</numerusform>
            <numerusform>%n sprawy są po terminie</numerusform>
            <numerusform>%n spraw jest po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due in the next {days} days</source>
        <translation>
            <numerusform>%n sprawa ma termin w ciągu {days} dni</numerusform>
            <numerusform>%n sprawy mają termin w ciągu {days} dni</numerusform>
            <numerusform>%n spraw ma termin w ciągu {days} dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n next step(s) open from today</source>
        <translation>
            <numerusform>od dziś możesz zrobić %n kolejny krok</numerusform>
            <numerusform>od dziś możesz zrobić %n kolejne kroki</numerusform>
            <numerusform>od dziś możesz zrobić %n kolejnych kroków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>jeszcze %n miesiąc</numerusform>
            <numerusform>jeszcze %n miesiące</numerusform>
            <numerusform>jeszcze %n miesięcy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>The case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>&amp;Back to all cases</source>
        <translation>&amp;Wróć do wszystkich spraw</translation>
    </message>
    <message>
        <source>Back to all cases</source>
        <translation>Wróć do wszystkich spraw</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Signed authority</source>
        <translation>Podpisane upoważnienie</translation>
    </message>
    <message>
        <source>Record the family&apos;s signed au&amp;thority…</source>
        <translation>Zapisz podpisane &amp;upoważnienie rodziny…</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>What you can do next</source>
        <translation>Co możesz zrobić dalej</translation>
    </message>
    <message>
        <source>What has happened</source>
        <translation>Co się wydarzyło</translation>
    </message>
    <message>
        <source>&amp;Record what happened…</source>
        <translation>&amp;Zapisz, co się stało…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Chec&amp;k this answer…</source>
        <translation>Sp&amp;rawdź tę odpowiedź…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation>Cofnij: {change}</translation>
    </message>
    <message>
        <source>Redo: {change}</source>
        <translation>Ponów: {change}</translation>
    </message>
    <message>
        <source>Write a reminder asking for the &amp;missing items…</source>
        <translation>Napisz przypomnienie o &amp;brakujące elementy…</translation>
    </message>
    <message>
        <source>Ask for the wrong facts to be &amp;corrected…</source>
        <translation>Poproś o &amp;poprawienie błędnych faktów…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Listy</translation>
    </message>
    <message>
        <source>&amp;View the letter…</source>
        <translation>&amp;Pokaż list…</translation>
    </message>
    <message>
        <source>Replies, scans and other papers</source>
        <translation>Odpowiedzi, skany i inne dokumenty</translation>
    </message>
    <message>
        <source>Keep scans and photos of replies, PDFs and emails here. They are stored encrypted, like everything else in npdrights.</source>
        <translation>Tutaj trzymaj skany i zdjęcia odpowiedzi, pliki PDF i e-maile. Są przechowywane w formie zaszyfrowanej, jak wszystko inne w npdrights.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Dołącz plik…</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>P&amp;okaż</translation>
    </message>
    <message>
        <source>E&amp;xport a copy…</source>
        <translation>E&amp;ksportuj kopię…</translation>
    </message>
    <message>
        <source>Remove the &amp;file</source>
        <translation>Usuń &amp;plik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>&amp;Your notes about this case</source>
        <translation>&amp;Twoje notatki o tej sprawie</translation>
    </message>
    <message>
        <source>Your notes about this case</source>
        <translation>Twoje notatki o tej sprawie</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Zapisz notatki</translation>
    </message>
    <message>
        <source>{person}: {request}</source>
        <translation>{person}: {request}</translation>
    </message>
    <message>
        <source>Sent to {recipient}. Reference {reference}.</source>
        <translation>Wysłano do: {recipient}. Numer sprawy: {reference}.</translation>
    </message>
    <message>
        <source>{status}: {time_left}</source>
        <translation>{status}: {time_left}</translation>
    </message>
    <message>
        <source>Change or remove the event that is wrong, and the dates will work again.</source>
        <translation>Zmień lub usuń błędne zdarzenie, a daty znów będą się liczyć.</translation>
    </message>
    <message>
        <source>There are no dates to work out until you send the letter.</source>
        <translation>Dopóki nie wyślesz listu, nie ma dat do wyliczenia.</translation>
    </message>
    <message>
        <source>{title}: {date}</source>
        <translation>{title}: {date}</translation>
    </message>
    <message>
        <source>You haven&apos;t checked the answer of {date} yet. Select it and choose “Check this answer” to see whether it includes everything the law says it must.</source>
        <translation>Nie sprawdzono jeszcze odpowiedzi z {date}. Zaznacz ją i wybierz „Sprawdź tę odpowiedź”, aby zobaczyć, czy zawiera wszystko, czego wymaga prawo.</translation>
    </message>
    <message>
        <source>The answer of {date} includes everything the law lists.</source>
        <translation>Odpowiedź z {date} zawiera wszystko, co wymienia prawo.</translation>
    </message>
    <message>
        <source>It left out things your letter asked for that the law doesn&apos;t require.</source>
        <translation>Pominięto rzeczy, o które prosił Twój list, a których prawo nie wymaga.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong fact(s)</source>
        <translation>
            <numerusform>%n błędny fakt</numerusform>
            <numerusform>%n błędne fakty</numerusform>
            <numerusform>%n błędnych faktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer of {date} is missing %n item(s) the law says it must include and shows {wrong}.</source>
        <translation>
            <numerusform>W odpowiedzi z {date} brakuje %n elementu, który musi zawierać według prawa, i są w niej: {wrong}.</numerusform>
            <numerusform>W odpowiedzi z {date} brakuje %n elementów, które musi zawierać według prawa, i są w niej: {wrong}.</numerusform>
            <numerusform>W odpowiedzi z {date} brakuje %n elementów, które musi zawierać według prawa, i są w niej: {wrong}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer of {date} is missing %n item(s) the law says it must include.</source>
        <translation>
            <numerusform>W odpowiedzi z {date} brakuje %n elementu, który musi zawierać według prawa.</numerusform>
            <numerusform>W odpowiedzi z {date} brakuje %n elementów, które musi zawierać według prawa.</numerusform>
            <numerusform>W odpowiedzi z {date} brakuje %n elementów, które musi zawierać według prawa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer of {date} shows %n wrong fact(s).</source>
        <translation>
            <numerusform>W odpowiedzi z {date} jest %n błędny fakt.</numerusform>
            <numerusform>W odpowiedzi z {date} są %n błędne fakty.</numerusform>
            <numerusform>W odpowiedzi z {date} jest %n błędnych faktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can&apos;t remove that</source>
        <translation>Nie można tego usunąć</translation>
    </message>
    <message>
        <source>Scans, photos, PDFs and emails ({patterns});;All files (*)</source>
        <translation>Skany, zdjęcia, pliki PDF i e-maile ({patterns});;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s).</source>
        <translation>
            <numerusform>Dołączono %n plik.</numerusform>
            <numerusform>Dołączono %n pliki.</numerusform>
            <numerusform>Dołączono %n plików.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
    <message>
        <source>The copy could not be saved there ({reason}). Choose another folder.</source>
        <translation>Nie udało się zapisać tam kopii ({reason}). Wybierz inny folder.</translation>
    </message>
    <message>
        <source>Saved a copy as {path}. That copy is not protected by npdrights.</source>
        <translation>Zapisano kopię jako {path}. Ta kopia nie jest chroniona przez npdrights.</translation>
    </message>
    <message>
        <source>Remove “{name}” from this case? This can&apos;t be undone.</source>
        <translation>Usunąć „{name}” z tej sprawy? Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <source>Remove this file?</source>
        <translation>Usunąć ten plik?</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notatki zapisane.</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>All cases</source>
        <translation>Wszystkie sprawy</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Wymaga działania</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Czeka na odpowiedź</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
</context>
<context>
    <name>CaseKinds</name>
    <message>
        <source>What the DfE holds</source>
        <translation>Co ma DfE</translation>
    </message>
    <message>
        <source>Learning record (LRS)</source>
        <translation>Rejestr nauki (LRS)</translation>
    </message>
    <message>
        <source>What a school or council holds</source>
        <translation>Co ma szkoła lub urząd</translation>
    </message>
    <message>
        <source>Stop DfE sharing</source>
        <translation>Wstrzymanie udostępniania przez DfE</translation>
    </message>
    <message>
        <source>Correct wrong data</source>
        <translation>Poprawienie błędnych danych</translation>
    </message>
    <message>
        <source>Delete data</source>
        <translation>Usunięcie danych</translation>
    </message>
    <message>
        <source>Restrict the use of data</source>
        <translation>Ograniczenie użycia danych</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Dates need checking</source>
        <translation>Daty do sprawdzenia</translation>
    </message>
    <message>
        <source>Working out…</source>
        <translation>Liczę…</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Termin dziś</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Adresat</translation>
    </message>
    <message>
        <source>npdrights is still working out this case&apos;s dates.</source>
        <translation>npdrights wciąż wylicza daty tej sprawy.</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, po terminie</translation>
    </message>
</context>
<context>
    <name>CaseSaving</name>
    <message>
        <source>The case this letter follows is no longer in your vault, so it can&apos;t be added to it.</source>
        <translation>Sprawy, której dotyczy ten list, nie ma już w Twoim sejfie, więc nie można go do niej dodać.</translation>
    </message>
</context>
<context>
    <name>CaseStatuses</name>
    <message>
        <source>Not sent yet</source>
        <translation>Jeszcze nie wysłano</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Czeka na odpowiedź</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potwierdzono odbiór</translation>
    </message>
    <message>
        <source>Proof of identity asked for</source>
        <translation>Poproszono o dowód tożsamości</translation>
    </message>
    <message>
        <source>Clarification asked for</source>
        <translation>Poproszono o wyjaśnienie</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Termin przedłużony</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odpowiedziano</translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation>Odpowiedziano częściowo</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmówiono</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>Sprzeciw uwzględniony</translation>
    </message>
    <message>
        <source>Objection rejected</source>
        <translation>Sprzeciw odrzucony</translation>
    </message>
    <message>
        <source>Complaint made</source>
        <translation>Złożono skargę</translation>
    </message>
    <message>
        <source>With the ICO</source>
        <translation>W ICO</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
</context>
<context>
    <name>CaseSummaries</name>
    <message>
        <source>{event} on {date}.</source>
        <translation>{event} — {date}.</translation>
    </message>
    <message>
        <source>Drafted on {date}. Not sent yet.</source>
        <translation>Szkic przygotowano {date}. Jeszcze nie wysłano.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Jeszcze nie wysłano.</translation>
    </message>
    <message>
        <source>Sent on {date}. {Body} must answer by {due}.</source>
        <translation>Wysłano {date}. Termin odpowiedzi ({Body}): {due}.</translation>
    </message>
    <message>
        <source>{body} acknowledged your letter on {date}. It must answer by {due}.</source>
        <translation>{body}: potwierdzenie otrzymania listu — {date}. Termin odpowiedzi: {due}.</translation>
    </message>
    <message>
        <source>{body} extended its deadline on {date}. It must answer by {due}.</source>
        <translation>{body}: przedłużenie terminu — {date}. Termin odpowiedzi: {due}.</translation>
    </message>
    <message>
        <source>{body} asked for proof of identity on {date}. Its month starts again when your proof reaches it.</source>
        <translation>{body}: prośba o dowód tożsamości — {date}. Miesiąc na odpowiedź liczy się od nowa, gdy Twój dowód dotrze.</translation>
    </message>
    <message>
        <source>{body} asked you to clarify on {date}. Its clock is paused until your answer reaches it.</source>
        <translation>{body}: prośba o wyjaśnienie — {date}. Czas na odpowiedź stoi, dopóki Twoje wyjaśnienie nie dotrze.</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due by {due} and hasn&apos;t arrived.</source>
        <translation>Termin odpowiedzi ({body}): {due}. Odpowiedź nie przyszła.</translation>
    </message>
    <message>
        <source>You complained to {body} on {date}. It must acknowledge your complaint by {acknowledge_by}.</source>
        <translation>Złożono skargę ({body}) — {date}. Otrzymanie skargi trzeba potwierdzić do {acknowledge_by}.</translation>
    </message>
    <message>
        <source>You complained to {body} on {date}.</source>
        <translation>Złożono skargę ({body}) — {date}.</translation>
    </message>
    <message>
        <source>Closed on {date}.</source>
        <translation>Zamknięto {date}.</translation>
    </message>
    <message>
        <source>{event} The rest was due by {due}.</source>
        <translation>{event} Reszta miała przyjść do {due}.</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Cases that need action</source>
        <translation>Sprawy wymagające działania</translation>
    </message>
    <message>
        <source>Cases waiting for an answer</source>
        <translation>Sprawy czekające na odpowiedź</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>Sprawy po terminie</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Zamknięte sprawy</translation>
    </message>
    <message>
        <source>Your cases</source>
        <translation>Twoje sprawy</translation>
    </message>
    <message>
        <source>&amp;Start a new request</source>
        <translation>&amp;Rozpocznij nowy wniosek</translation>
    </message>
    <message>
        <source>&amp;People and families…</source>
        <translation>&amp;Osoby i rodziny…</translation>
    </message>
    <message>
        <source>Export &amp;deadlines to a calendar…</source>
        <translation>Eksportuj &amp;terminy do kalendarza…</translation>
    </message>
    <message>
        <source>Name, organisation or reference</source>
        <translation>Imię, organizacja lub numer sprawy</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Szukaj spraw</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>Whose cases</source>
        <translation>Czyje sprawy</translation>
    </message>
    <message>
        <source>W&amp;hose</source>
        <translation>&amp;Czyje</translation>
    </message>
    <message>
        <source>Working out your cases&apos; dates</source>
        <translation>Wyliczanie dat Twoich spraw</translation>
    </message>
    <message>
        <source>Working out your cases&apos; dates: %p%</source>
        <translation>Wyliczanie dat Twoich spraw: %p%</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Jeszcze pracuję</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <source>How many cases are shown</source>
        <translation>Ile spraw widać</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n case(s).</source>
        <translation>
            <numerusform>Widać {shown} z %n sprawy.</numerusform>
            <numerusform>Widać {shown} z %n spraw.</numerusform>
            <numerusform>Widać {shown} z %n spraw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n sprawa.</numerusform>
            <numerusform>%n sprawy.</numerusform>
            <numerusform>%n spraw.</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights is still working out your cases&apos; dates. {what} will show here when that is done.</source>
        <translation>npdrights wciąż wylicza daty Twoich spraw. Gdy skończy, pojawią się tu: {what}.</translation>
    </message>
</context>
<context>
    <name>ChangeEvent</name>
    <message>
        <source>record “{event}”</source>
        <translation>zapisanie: „{event}”</translation>
    </message>
    <message>
        <source>remove “{event}”</source>
        <translation>usunięcie: „{event}”</translation>
    </message>
    <message>
        <source>change “{event}”</source>
        <translation>zmiana: „{event}”</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Your cases are not re-encrypted: only the lock on the key changes, so this is quick. Your recovery code keeps working.</source>
        <translation>Twoje sprawy nie są szyfrowane od nowa: zmienia się tylko zamek na kluczu, więc to potrwa chwilę. Kod odzyskiwania nadal działa.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Obecne hasło</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Current passphrase: type the one you use now.</source>
        <translation>Obecne hasło: wpisz to, którego używasz teraz.</translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation>Nowe hasło: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two new passphrases are different.</source>
        <translation>Wpisz je ponownie: oba nowe hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check a backup file</source>
        <translation>Sprawdź plik kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>This reads the whole backup file and checks every part of it, exactly as restoring it would, but changes nothing in your vault.</source>
        <translation>To odczytuje cały plik kopii zapasowej i sprawdza każdą jego część dokładnie tak, jak przy przywracaniu, ale niczego nie zmienia w Twoim sejfie.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>&amp;Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>&amp;Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation>Wybierz plik kopii zapasowej i wpisz jego hasło.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sprawdzanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>This backup is complete and undamaged.</source>
        <translation>Ta kopia zapasowa jest kompletna i nieuszkodzona.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Check the answer</source>
        <translation>Sprawdź odpowiedź</translation>
    </message>
    <message>
        <source>The law says the answer from {body} must include each of these, except the record of releases, which your letter asked for as well. Tick the ones it sent you. Anything you leave unticked can go into a reminder asking for it.</source>
        <translation>Prawo mówi, że odpowiedź (nadawca: {body}) musi zawierać każdą z tych rzeczy, poza rejestrem przekazań danych, o który Twój list też prosił. Zaznacz to, co przysłano. Wszystko, czego nie zaznaczysz, może trafić do przypomnienia z prośbą o to.</translation>
    </message>
    <message>
        <source>What the answer included</source>
        <translation>Co zawierała odpowiedź</translation>
    </message>
    <message>
        <source>Anything it has wrong</source>
        <translation>Co jest w niej błędne</translation>
    </message>
    <message>
        <source>If the answer shows something wrong about the child or you (a date of birth, a school, a record of an exclusion), note it here. It goes into a request to correct it.</source>
        <translation>Jeśli odpowiedź pokazuje coś błędnego o dziecku lub o Tobie (datę urodzenia, szkołę, zapis o wykluczeniu), zapisz to tutaj. Trafi to do wniosku o poprawienie.</translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation>Błędne fakty</translation>
    </message>
    <message>
        <source>&amp;Wrong facts</source>
        <translation>&amp;Błędne fakty</translation>
    </message>
    <message>
        <source>&amp;Add a wrong fact</source>
        <translation>&amp;Dodaj błędny fakt</translation>
    </message>
    <message>
        <source>&amp;Remove the selected one</source>
        <translation>&amp;Usuń zaznaczony</translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <source>{days} days counted from {start}, the day after it got your complaint</source>
        <translation>{days} dni liczonych od {start}, czyli od dnia po otrzymaniu skargi</translation>
    </message>
    <message>
        <source>{count}, moved past {days_off}</source>
        <translation>{count}; termin przesunięto z powodu {days_off}</translation>
    </message>
    <message>
        <source>{Body} must acknowledge your complaint by {due}: {count}. This is how the ICO counts the {days} days; counted from the day it got your complaint, they could end a day sooner.</source>
        <translation>{Body} musi potwierdzić otrzymanie Twojej skargi do {due}: {count}. Tak właśnie ICO liczy te {days} dni; gdyby liczyć od dnia otrzymania skargi, termin mógłby minąć dzień wcześniej.</translation>
    </message>
    <message>
        <source>There was no legal duty to acknowledge complaints received before {duty_starts}. As a fair guide, {body} should have replied by {due}: {count}.</source>
        <translation>Przed {duty_starts} prawo nie wymagało potwierdzania otrzymania skarg. Dla orientacji: odpowiedź (adresat: {body}) powinna była przyjść do {due}: {count}.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Who signs, and what goes in the envelope</source>
        <translation>Kto podpisuje i co wkładasz do koperty</translation>
    </message>
    <message>
        <source>The rights belong to the child. The law has no fixed age in England, but the ICO (the regulator) says around 12 is a reasonable guide to when a child can decide for themselves. npdrights gives advice: it never stops you sending a letter.</source>
        <translation>Te prawa należą do dziecka. W Anglii prawo nie ustala stałego wieku, ale ICO (organ nadzorczy) uważa, że około 12 lat to rozsądna wskazówka, kiedy dziecko może decydować samo. npdrights tylko doradza: nigdy nie zabroni Ci wysłać listu.</translation>
    </message>
    <message>
        <source>Child {number}</source>
        <translation>Dziecko {number}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Your child</source>
        <translation>Twoje dziecko</translation>
    </message>
    <message>
        <source>{name} agrees to me asking, and will sign the authority form</source>
        <translation>{name} zgadza się na mój wniosek i podpisze formularz upoważnienia</translation>
    </message>
    <message>
        <source>your child</source>
        <translation>Twoje dziecko</translation>
    </message>
    <message>
        <source>In the envelope: the letter and the authority form, signed by {signer}.</source>
        <translation>W kopercie: list i formularz upoważnienia podpisany przez: {signer}.</translation>
    </message>
    <message>
        <source>In the envelope: the letter only.</source>
        <translation>W kopercie: tylko list.</translation>
    </message>
    <message>
        <source>If {name} doesn&apos;t agree, untick the box above: then only the letter goes.</source>
        <translation>Jeśli {name} się nie zgadza, odznacz pole powyżej: wtedy wyślesz tylko list.</translation>
    </message>
    <message>
        <source>If {name} agrees, tick the box above: then the authority form for {name} to sign goes too.</source>
        <translation>Jeśli {name} się zgadza, zaznacz pole powyżej: wtedy dołączysz też formularz upoważnienia do podpisu (podpisuje: {name}).</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>npdrights hit a problem</source>
        <translation>npdrights napotkał problem</translation>
    </message>
    <message>
        <source>npdrights hit an internal error: a fault in npdrights, not in what you did. What you had saved is safe; please try again, and report it if it happens again.</source>
        <translation>W npdrights wystąpił błąd wewnętrzny: to usterka programu, nie Twój błąd. To, co było zapisane, jest bezpieczne. Spróbuj jeszcze raz, a jeśli to się powtórzy, zgłoś to.</translation>
    </message>
    <message>
        <source>npdrights hit an internal error: a fault in npdrights, not in what you did. What you had saved is safe; please try again, and report it if it happens again. The details for a bug report (no personal data in them) are in {details}.</source>
        <translation>W npdrights wystąpił błąd wewnętrzny: to usterka programu, nie Twój błąd. To, co było zapisane, jest bezpieczne. Spróbuj jeszcze raz, a jeśli to się powtórzy, zgłoś to. Szczegóły do zgłoszenia błędu (bez danych osobowych) są w {details}.</translation>
    </message>
</context>
<context>
    <name>CreateVaultView</name>
    <message>
        <source>Create your vault</source>
        <translation>Utwórz swój sejf</translation>
    </message>
    <message>
        <source>npdrights keeps your letters and cases in a vault on this computer. The vault is locked with a passphrase that only you know. Nothing is sent over the internet.</source>
        <translation>npdrights przechowuje Twoje listy i sprawy w sejfie na tym komputerze. Sejf jest zamknięty hasłem, które znasz tylko Ty. Nic nie jest wysyłane przez internet.</translation>
    </message>
    <message>
        <source>Choose a passphrase you will remember: four or more ordinary words work well, for example “{example}” (but choose your own). You will type it each time you open npdrights.</source>
        <translation>Wybierz hasło, które zapamiętasz: dobrze sprawdzają się cztery lub więcej zwykłych słów, na przykład „{example}” (ale wybierz własne). Będziesz je wpisywać przy każdym otwarciu npdrights.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Hasło ponownie</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Lets npdrights open without your passphrase while you are logged in to this computer, using its keychain. Only tick this if nobody else uses your login on this computer.</source>
        <translation>Pozwala otwierać npdrights bez hasła, dopóki jesteś zalogowany na tym komputerze, dzięki jego pękowi kluczy. Zaznacz to tylko wtedy, gdy nikt inny nie korzysta z Twojego konta na tym komputerze.</translation>
    </message>
    <message>
        <source>Next you will get a recovery code. It is the only way back in if you forget your passphrase.</source>
        <translation>Następnie otrzymasz kod odzyskiwania. To jedyny sposób, by wrócić do sejfu, jeśli zapomnisz hasła.</translation>
    </message>
    <message>
        <source>Creating your vault</source>
        <translation>Tworzenie sejfu</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Utwórz sejf</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Utwórz sejf</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup file instead…</source>
        <translation>Zamiast tego przywróć z &amp;kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Passphrase: use at least {count} characters.</source>
        <translation>Hasło: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation>Wpisz je ponownie: oba hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{field}: day</source>
        <translation>{field}: dzień</translation>
    </message>
    <message>
        <source>{field}: month</source>
        <translation>{field}: miesiąc</translation>
    </message>
    <message>
        <source>{field}: year</source>
        <translation>{field}: rok</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>write the year with 4 digits, for example 2013</source>
        <translation>wpisz rok czterema cyframi, na przykład 2013</translation>
    </message>
    <message>
        <source>write a year from {first} to {last}</source>
        <translation>wpisz rok od {first} do {last}</translation>
    </message>
    <message>
        <source>not a real date: check the day and the month</source>
        <translation>taka data nie istnieje: sprawdź dzień i miesiąc</translation>
    </message>
</context>
<context>
    <name>DaysOff</name>
    <message>
        <source>the weekend</source>
        <translation>weekendu</translation>
    </message>
    <message>
        <source>the weekend of {day}</source>
        <translation>weekendu od {day}</translation>
    </message>
    <message>
        <source>the bank holiday on {days}</source>
        <translation>dnia wolnego od pracy: {days}</translation>
    </message>
    <message>
        <source>the bank holidays on {days}</source>
        <translation>dni wolnych od pracy: {days}</translation>
    </message>
    <message>
        <source>{day} ({holiday})</source>
        <translation>{day} – {holiday}</translation>
    </message>
    <message>
        <source>substitute day for {holiday}</source>
        <translation>dzień zastępczy za {holiday}</translation>
    </message>
    <message>
        <source>{earlier}, {next}</source>
        <translation>{earlier}, {next}</translation>
    </message>
    <message>
        <source>{earlier} and {last}</source>
        <translation>{earlier} i {last}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>When it got your letter</source>
        <translation>Kiedy otrzymano Twój list</translation>
    </message>
    <message>
        <source>When it must answer</source>
        <translation>Termin odpowiedzi</translation>
    </message>
    <message>
        <source>When it should reply to your reminder</source>
        <translation>Termin odpowiedzi na przypomnienie</translation>
    </message>
    <message>
        <source>When it got your complaint</source>
        <translation>Kiedy otrzymano Twoją skargę</translation>
    </message>
    <message>
        <source>When it must acknowledge your complaint</source>
        <translation>Termin potwierdzenia skargi</translation>
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
        <translation>Niedokończony list, którego npdrights nie może otworzyć</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Unfinished letters</source>
        <translation>Niedokończone listy</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Unfinished letters (%n draft(s))&lt;/b&gt; — kept locked in your vault. Nothing has been sent.</source>
        <translation>
            <numerusform>&lt;b&gt;Niedokończone listy (%n szkic)&lt;/b&gt; — zamknięte w Twoim sejfie. Nic nie zostało wysłane.</numerusform>
            <numerusform>&lt;b&gt;Niedokończone listy (%n szkice)&lt;/b&gt; — zamknięte w Twoim sejfie. Nic nie zostało wysłane.</numerusform>
            <numerusform>&lt;b&gt;Niedokończone listy (%n szkiców)&lt;/b&gt; — zamknięte w Twoim sejfie. Nic nie zostało wysłane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: {title} (kept {when})</source>
        <translation>Szkic: {title} (zachowany {when})</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Carry on with the draft {title}</source>
        <translation>Kontynuuj szkic {title}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete the draft {title}</source>
        <translation>Usuń szkic {title}</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Or drag files here to attach them.</source>
        <translation>Albo przeciągnij tu pliki, aby je dołączyć.</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Upuść tu pliki, aby je dołączyć</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>Due soon and overdue</source>
        <translation>Bliskie terminy i zaległe</translation>
    </message>
    <message>
        <source>Show &amp;overdue cases</source>
        <translation>Pokaż sprawy &amp;po terminie</translation>
    </message>
    <message>
        <source>Show cases that &amp;need action</source>
        <translation>Pokaż sprawy &amp;wymagające działania</translation>
    </message>
    <message>
        <source>&amp;Hide this</source>
        <translation>&amp;Ukryj</translation>
    </message>
    <message>
        <source>Nothing is overdue or due in the next week.</source>
        <translation>Nic nie jest po terminie ani nie ma terminu w najbliższym tygodniu.</translation>
    </message>
    <message>
        <source>{only}.</source>
        <translation>{only}.</translation>
    </message>
    <message>
        <source>{first} and {second}.</source>
        <translation>{first} i {second}.</translation>
    </message>
    <message>
        <source>{first}, {second} and {third}.</source>
        <translation>{first}, {second} i {third}.</translation>
    </message>
</context>
<context>
    <name>EmptyCases</name>
    <message>
        <source>Your cases</source>
        <translation>Twoje sprawy</translation>
    </message>
    <message>
        <source>You have no cases yet. A case starts when you ask the Department for Education, or a school or council, what it holds about a child or about you, or ask it to stop sharing or to correct something.</source>
        <translation>Nie masz jeszcze żadnych spraw. Sprawa zaczyna się, gdy pytasz Departament Edukacji (DfE), szkołę lub samorząd, jakie dane ma o dziecku lub o Tobie, albo prosisz o zaprzestanie udostępniania lub o poprawienie czegoś.</translation>
    </message>
    <message>
        <source>npdrights writes the letter for you, works out when the answer is due, and reminds you what to do next. Everything stays on this computer.</source>
        <translation>npdrights napisze za Ciebie list, wyliczy termin odpowiedzi i przypomni, co zrobić dalej. Wszystko zostaje na tym komputerze.</translation>
    </message>
    <message>
        <source>&amp;Start a new request</source>
        <translation>&amp;Rozpocznij nowy wniosek</translation>
    </message>
</context>
<context>
    <name>Enclosures</name>
    <message>
        <source>The pupil&apos;s signed authority for a parent or carer to ask for them</source>
        <translation>Podpisane przez ucznia upoważnienie dla rodzica lub opiekuna do pytania w jego imieniu</translation>
    </message>
    <message>
        <source>A parent&apos;s or carer&apos;s statement that they are acting for their child</source>
        <translation>Oświadczenie rodzica lub opiekuna, że działa w imieniu dziecka</translation>
    </message>
    <message>
        <source>A signed authority for an adviser to act</source>
        <translation>Podpisane upoważnienie dla doradcy do działania</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Change what happened</source>
        <translation>Zmień, co się stało</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Zapisz, co się stało</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Co się stało</translation>
    </message>
    <message>
        <source>{event}.</source>
        <translation>{event}.</translation>
    </message>
    <message>
        <source>A reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>EventFields</name>
    <message>
        <source>Proof of posting reference (optional)</source>
        <translation>Numer potwierdzenia nadania (opcjonalnie)</translation>
    </message>
    <message>
        <source>Their reference (optional)</source>
        <translation>Ich numer sprawy (opcjonalnie)</translation>
    </message>
    <message>
        <source>What they said (optional)</source>
        <translation>Co napisali (opcjonalnie)</translation>
    </message>
    <message>
        <source>What they asked for (optional)</source>
        <translation>O co poprosili (opcjonalnie)</translation>
    </message>
    <message>
        <source>What they asked (optional)</source>
        <translation>O co zapytali (opcjonalnie)</translation>
    </message>
    <message>
        <source>The reasons they gave (optional)</source>
        <translation>Podane powody (opcjonalnie)</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notatki (opcjonalnie)</translation>
    </message>
    <message>
        <source>The ICO&apos;s case reference</source>
        <translation>Numer sprawy w ICO</translation>
    </message>
    <message>
        <source>What the ICO decided (optional)</source>
        <translation>Co zdecydowało ICO (opcjonalnie)</translation>
    </message>
    <message>
        <source>Why you closed it (optional)</source>
        <translation>Dlaczego ją zamykasz (opcjonalnie)</translation>
    </message>
    <message>
        <source>{field}: type the day, month and year.</source>
        <translation>{field}: wpisz dzień, miesiąc i rok.</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>{field}: that date is in the future. Only record things that have happened.</source>
        <translation>{field}: ta data jest w przyszłości. Zapisuj tylko to, co już się wydarzyło.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>How you sent it</source>
        <translation>Jak wysłano</translation>
    </message>
    <message>
        <source>&amp;How you sent it</source>
        <translation>&amp;Jak wysłano</translation>
    </message>
    <message>
        <source>I know the day it &amp;arrived</source>
        <translation>Znam dzień &amp;doręczenia</translation>
    </message>
    <message>
        <source>Day it arrived</source>
        <translation>Dzień doręczenia</translation>
    </message>
    <message>
        <source>Day it a&amp;rrived</source>
        <translation>Dzień &amp;doręczenia</translation>
    </message>
    <message>
        <source> more months</source>
        <translation> mies. więcej</translation>
    </message>
    <message>
        <source>How much more time it said it needs, in months</source>
        <translation>Ile jeszcze czasu potrzebuje, w miesiącach</translation>
    </message>
    <message>
        <source>How much more &amp;time it said it needs</source>
        <translation>Ile jeszcze &amp;czasu potrzebuje</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcjonalnie)</translation>
    </message>
    <message>
        <source>Type {field}.</source>
        <translation>Wpisz: {field}.</translation>
    </message>
    <message>
        <source>The day it arrived can&apos;t be before the day you sent it. Check both dates.</source>
        <translation>Dzień doręczenia nie może być wcześniejszy niż dzień wysłania. Sprawdź obie daty.</translation>
    </message>
    <message>
        <source>The law allows at most {months} more months. The app still counts three months from the start, and you can say so in a complaint.</source>
        <translation>Prawo pozwala najwyżej na {months} dodatkowe miesiące. Aplikacja i tak liczy trzy miesiące od początku, a Ty możesz o tym napisać w skardze.</translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <source>You drafted the letter</source>
        <translation>Przygotowano szkic listu</translation>
    </message>
    <message>
        <source>You sent the letter</source>
        <translation>Wysłano list</translation>
    </message>
    <message>
        <source>Your letter was delivered</source>
        <translation>List został doręczony</translation>
    </message>
    <message>
        <source>{body} acknowledged your letter</source>
        <translation>{body}: potwierdzenie otrzymania Twojego listu</translation>
    </message>
    <message>
        <source>{body} asked for proof of identity</source>
        <translation>{body}: prośba o dowód tożsamości</translation>
    </message>
    <message>
        <source>You sent proof of identity</source>
        <translation>Wysłano dowód tożsamości</translation>
    </message>
    <message>
        <source>{body} asked you to clarify your request</source>
        <translation>{body}: prośba o wyjaśnienie wniosku</translation>
    </message>
    <message>
        <source>You sent your clarification</source>
        <translation>Wysłano wyjaśnienie</translation>
    </message>
    <message>
        <source>{body} said it needs more time</source>
        <translation>{body}: potrzeba więcej czasu</translation>
    </message>
    <message>
        <source>{body} answered in full</source>
        <translation>{body}: pełna odpowiedź</translation>
    </message>
    <message>
        <source>{body} answered in part</source>
        <translation>{body}: częściowa odpowiedź</translation>
    </message>
    <message>
        <source>{body} refused</source>
        <translation>{body}: odmowa</translation>
    </message>
    <message>
        <source>{body} upheld your objection</source>
        <translation>{body}: sprzeciw uwzględniony</translation>
    </message>
    <message>
        <source>{body} rejected your objection</source>
        <translation>{body}: sprzeciw odrzucony</translation>
    </message>
    <message>
        <source>You sent a reminder</source>
        <translation>Wysłano przypomnienie</translation>
    </message>
    <message>
        <source>You complained to {body}</source>
        <translation>Złożono skargę – adresat: {body}</translation>
    </message>
    <message>
        <source>You complained to the ICO</source>
        <translation>Złożono skargę do ICO</translation>
    </message>
    <message>
        <source>The ICO gave your complaint a reference</source>
        <translation>ICO nadało skardze numer</translation>
    </message>
    <message>
        <source>The ICO told you its outcome</source>
        <translation>ICO przekazało swoją decyzję</translation>
    </message>
    <message>
        <source>You asked the ICO to review its outcome</source>
        <translation>Poproszono ICO o ponowne rozpatrzenie decyzji</translation>
    </message>
    <message>
        <source>You closed the case</source>
        <translation>Zamknięto sprawę</translation>
    </message>
</context>
<context>
    <name>EventNouns</name>
    <message>
        <source>The draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Sending the letter</source>
        <translation>Wysłanie listu</translation>
    </message>
    <message>
        <source>The delivery</source>
        <translation>Doręczenie</translation>
    </message>
    <message>
        <source>An acknowledgement</source>
        <translation>Potwierdzenie otrzymania</translation>
    </message>
    <message>
        <source>A request for proof of identity</source>
        <translation>Prośba o dowód tożsamości</translation>
    </message>
    <message>
        <source>Sending proof of identity</source>
        <translation>Wysłanie dowodu tożsamości</translation>
    </message>
    <message>
        <source>A request for clarification</source>
        <translation>Prośba o wyjaśnienie</translation>
    </message>
    <message>
        <source>Sending clarification</source>
        <translation>Wysłanie wyjaśnienia</translation>
    </message>
    <message>
        <source>An extension</source>
        <translation>Przedłużenie terminu</translation>
    </message>
    <message>
        <source>An answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>A part answer</source>
        <translation>Częściowa odpowiedź</translation>
    </message>
    <message>
        <source>A refusal</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <source>Upholding the objection</source>
        <translation>Uwzględnienie sprzeciwu</translation>
    </message>
    <message>
        <source>Rejecting the objection</source>
        <translation>Odrzucenie sprzeciwu</translation>
    </message>
    <message>
        <source>A reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>A complaint</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <source>A complaint to the ICO</source>
        <translation>Skarga do ICO</translation>
    </message>
    <message>
        <source>An ICO reference</source>
        <translation>Numer sprawy w ICO</translation>
    </message>
    <message>
        <source>The ICO&apos;s outcome</source>
        <translation>Decyzja ICO</translation>
    </message>
    <message>
        <source>Asking the ICO for a review</source>
        <translation>Prośba do ICO o ponowne rozpatrzenie</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Zamknięcie sprawy</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Back up to a file</source>
        <translation>Kopia zapasowa do pliku</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Zrób &amp;kopię…</translation>
    </message>
    <message>
        <source>A backup file holds your cases, letters and attachments, so you can restore them on this or another computer. It is locked with a passphrase of its own: choose one you will remember, or write it down and keep it apart from the file. Without it, nobody can open the backup.</source>
        <translation>Plik kopii zapasowej zawiera Twoje sprawy, listy i załączniki, więc możesz je przywrócić na tym lub innym komputerze. Jest zamknięty własnym hasłem: wybierz takie, które zapamiętasz, albo je zapisz i trzymaj z dala od pliku. Bez niego nikt nie otworzy kopii.</translation>
    </message>
    <message>
        <source>What to back up</source>
        <translation>Co skopiować</translation>
    </message>
    <message>
        <source>&amp;What to back up</source>
        <translation>&amp;Co skopiować</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Hasło kopii zapasowej jeszcze raz</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>&amp;Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Zapisz kopię zapasową jako</translation>
    </message>
    <message>
        <source>{name} already exists. Choose a new name: an old backup is never replaced.</source>
        <translation>{name} już istnieje. Wybierz nową nazwę: stara kopia nigdy nie jest zastępowana.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged attachment(s) left out.</source>
        <translation>
            <numerusform>Pominięto %n uszkodzony załącznik.</numerusform>
            <numerusform>Pominięto %n uszkodzone załączniki.</numerusform>
            <numerusform>Pominięto %n uszkodzonych załączników.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the backup as {path}.</source>
        <translation>Zapisano kopię zapasową jako {path}.</translation>
    </message>
    <message>
        <source>Keep it somewhere other than this computer, and keep its passphrase safe.</source>
        <translation>Trzymaj ją w innym miejscu niż ten komputer, a jej hasło w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Back up the &amp;rest</source>
        <translation>Skopiuj &amp;resztę</translation>
    </message>
    <message>
        <source>Choose “Back up the rest” to do that.</source>
        <translation>Aby to zrobić, wybierz „Skopiuj resztę”.</translation>
    </message>
    <message>
        <source>{name} (case {reference})</source>
        <translation>{name} (sprawa {reference})</translation>
    </message>
    <message>
        <source>{name} (case without a reference)</source>
        <translation>{name} (sprawa bez numeru)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) in your vault damaged or missing, so not able to go into a backup: {listing}. Everything else can be backed up without them. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n załącznik w Twoim sejfie jest uszkodzony lub go brakuje, więc nie może trafić do kopii zapasowej: {listing}. Wszystko inne można skopiować bez niego. Na razie niczego nie zapisano.</numerusform>
            <numerusform>%n załączniki w Twoim sejfie są uszkodzone lub ich brakuje, więc nie mogą trafić do kopii zapasowej: {listing}. Wszystko inne można skopiować bez nich. Na razie niczego nie zapisano.</numerusform>
            <numerusform>%n załączników w Twoim sejfie jest uszkodzonych lub ich brakuje, więc nie mogą trafić do kopii zapasowej: {listing}. Wszystko inne można skopiować bez nich. Na razie niczego nie zapisano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Who is asking</source>
        <translation>Kto pyta</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Twój adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Twój adres e-mail</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Twoja organizacja</translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation>Kogo to dotyczy</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Unique Pupil Number (UPN)</source>
        <translation>Numer ucznia UPN (Unique Pupil Number)</translation>
    </message>
    <message>
        <source>Former UPNs</source>
        <translation>Dawne numery UPN</translation>
    </message>
    <message>
        <source>Unique Learner Number (ULN)</source>
        <translation>Numer ucznia ULN (Unique Learner Number)</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Szkoły</translation>
    </message>
    <message>
        <source>Who it goes to</source>
        <translation>Do kogo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation>Nazwa organizacji</translation>
    </message>
    <message>
        <source>Organisation&apos;s address</source>
        <translation>Adres organizacji</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>Twoja sytuacja</translation>
    </message>
    <message>
        <source>Your reasons in your own words</source>
        <translation>Twoje powody własnymi słowami</translation>
    </message>
    <message>
        <source>Why the data should be deleted</source>
        <translation>Dlaczego dane powinny zostać usunięte</translation>
    </message>
    <message>
        <source>Why the use of the data should be restricted</source>
        <translation>Dlaczego użycie danych powinno zostać ograniczone</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Co jest błędne</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Co poszło nie tak</translation>
    </message>
    <message>
        <source>Educational record</source>
        <translation>Dokumentacja edukacyjna</translation>
    </message>
    <message>
        <source>What you want to do</source>
        <translation>Co chcesz zrobić</translation>
    </message>
    <message>
        <source>Date you sent it</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <source>Your earlier letter</source>
        <translation>Twój wcześniejszy list</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Choose: {file}</source>
        <translation>Wybierz: {file}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>asking the DfE what it holds</source>
        <translation>pytanie DfE, jakie ma dane</translation>
    </message>
    <message>
        <source>asking for the learning record</source>
        <translation>prośba o rejestr nauki</translation>
    </message>
    <message>
        <source>asking what the organisation holds</source>
        <translation>pytanie organizacji, jakie ma dane</translation>
    </message>
    <message>
        <source>objecting to the DfE sharing data</source>
        <translation>sprzeciw wobec udostępniania danych przez DfE</translation>
    </message>
    <message>
        <source>asking for corrections</source>
        <translation>prośba o poprawki</translation>
    </message>
    <message>
        <source>asking for data to be deleted</source>
        <translation>prośba o usunięcie danych</translation>
    </message>
    <message>
        <source>a reminder</source>
        <translation>przypomnienie</translation>
    </message>
    <message>
        <source>a complaint</source>
        <translation>skarga</translation>
    </message>
    <message>
        <source>a complaint to the ICO</source>
        <translation>skarga do ICO</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Zapisz i wyślij</translation>
    </message>
    <message>
        <source>npdrights keeps a copy of the letter with the case, so you can print it again, and works out when the answer is due. The clock starts when you mark the letter as sent.</source>
        <translation>npdrights przechowuje kopię listu razem ze sprawą, żebyś mógł(-a) wydrukować go ponownie, i wylicza termin odpowiedzi. Czas zaczyna biec, gdy zaznaczysz list jako wysłany.</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Co zostanie zapisane</translation>
    </message>
    <message>
        <source>Have you sent it?</source>
        <translation>Czy już to wysłano?</translation>
    </message>
    <message>
        <source>Not yet: I&apos;ll mark it as sent &amp;later, from the case</source>
        <translation>Jeszcze nie: zaznaczę wysłanie &amp;później, w sprawie</translation>
    </message>
    <message>
        <source>Yes, or I&apos;m sending it &amp;today</source>
        <translation>Tak, albo wysyłam &amp;dziś</translation>
    </message>
    <message>
        <source>Date the letter the day you sent it</source>
        <translation>Opatrz list datą wysłania</translation>
    </message>
    <message>
        <source>When the answer is due</source>
        <translation>Termin odpowiedzi</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>list</translation>
    </message>
    <message>
        <source>When you press Finish, npdrights adds {kind} to the case it follows, with the letter.</source>
        <translation>Gdy naciśniesz „Zakończ”, npdrights doda do sprawy, której to dotyczy: {kind}, razem z listem.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ty</translation>
    </message>
    <message numerus="yes">
        <source>When you press Finish, npdrights saves %n case(s) for {names}: {kind}, with the letter.</source>
        <translation>
            <numerusform>Gdy naciśniesz „Zakończ”, npdrights zapisze %n sprawę dla: {names} — {kind} — razem z listem.</numerusform>
            <numerusform>Gdy naciśniesz „Zakończ”, npdrights zapisze %n sprawy, po jednej dla każdej osoby: {names} — {kind} — razem z listem.</numerusform>
            <numerusform>Gdy naciśniesz „Zakończ”, npdrights zapisze %n spraw, po jednej dla każdej osoby: {names} — {kind} — razem z listem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Nic jeszcze nie zostało zapisane.</translation>
    </message>
    <message>
        <source>&amp;Date the letter {date} instead</source>
        <translation>Zamiast tego opatrz list &amp;datą {date}</translation>
    </message>
    <message>
        <source>The case&apos;s deadlines will be worked out again with this letter in its timeline.</source>
        <translation>Terminy sprawy zostaną wyliczone na nowo z tym listem na osi czasu.</translation>
    </message>
    <message>
        <source>{arrival} So the answer is due by {date}. npdrights will remind you.</source>
        <translation>{arrival} Odpowiedź powinna więc przyjść do {date}. npdrights Ci przypomni.</translation>
    </message>
    <message>
        <source>Date sent: {problem}</source>
        <translation>Data wysłania: {problem}</translation>
    </message>
    <message>
        <source>type the day, month and year</source>
        <translation>wpisz dzień, miesiąc i rok</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Asked the DfE what it holds</source>
        <translation>Pytanie DfE, jakie ma dane</translation>
    </message>
    <message>
        <source>Asked for the learning record (LRS)</source>
        <translation>Prośba o rejestr nauki (LRS)</translation>
    </message>
    <message>
        <source>Asked a school or council what it holds</source>
        <translation>Pytanie szkoły lub samorządu, jakie ma dane</translation>
    </message>
    <message>
        <source>Objected to the DfE sharing data</source>
        <translation>Sprzeciw wobec udostępniania danych przez DfE</translation>
    </message>
    <message>
        <source>Asked for a correction</source>
        <translation>Prośba o poprawkę</translation>
    </message>
    <message>
        <source>Asked for data to be deleted</source>
        <translation>Prośba o usunięcie danych</translation>
    </message>
    <message>
        <source>Asked for the use of data to be restricted</source>
        <translation>Prośba o ograniczenie użycia danych</translation>
    </message>
    <message>
        <source>What happened, and what do you want to do?</source>
        <translation>Co się stało i co chcesz zrobić?</translation>
    </message>
    <message>
        <source>A reminder or complaint must say which letter it follows, when you sent it and when the answer was due. npdrights works the dates out from your case, so you don&apos;t have to.</source>
        <translation>Przypomnienie lub skarga musi podać, którego listu dotyczy, kiedy go wysłano i kiedy minął termin odpowiedzi. npdrights wylicza te daty ze sprawy, więc nie musisz tego robić.</translation>
    </message>
    <message>
        <source>Which letter</source>
        <translation>Który list</translation>
    </message>
    <message>
        <source>A letter I sent without npdrights</source>
        <translation>List wysłany bez npdrights</translation>
    </message>
    <message>
        <source>&amp;Which letter</source>
        <translation>&amp;Który list</translation>
    </message>
    <message>
        <source>What has happened so far</source>
        <translation>Co wydarzyło się do tej pory</translation>
    </message>
    <message>
        <source>Your earlier letter</source>
        <translation>Twój wcześniejszy list</translation>
    </message>
    <message>
        <source>Date you sent it</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <source>How you sent it</source>
        <translation>Jak go wysłano</translation>
    </message>
    <message>
        <source>Reference on your letter (optional)</source>
        <translation>Numer na Twoim liście (opcjonalnie)</translation>
    </message>
    <message>
        <source>Their reference (optional)</source>
        <translation>Ich numer sprawy (opcjonalnie)</translation>
    </message>
    <message>
        <source>What it &amp;asked</source>
        <translation>O &amp;co prosił</translation>
    </message>
    <message>
        <source>Date you &amp;sent it</source>
        <translation>Data &amp;wysłania</translation>
    </message>
    <message>
        <source>&amp;How you sent it</source>
        <translation>&amp;Jak go wysłano</translation>
    </message>
    <message>
        <source>Your r&amp;eference (optional)</source>
        <translation>Twój &amp;numer (opcjonalnie)</translation>
    </message>
    <message>
        <source>Their re&amp;ference (optional)</source>
        <translation>Ich n&amp;umer (opcjonalnie)</translation>
    </message>
    <message>
        <source>From any reply they sent.</source>
        <translation>Z ich odpowiedzi, jeśli jakąś przysłali.</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Co chcesz zrobić?</translation>
    </message>
    <message>
        <source>{person}: {request}, sent {date}</source>
        <translation>{person}: {request}, wysłano {date}</translation>
    </message>
    <message>
        <source>Send a &amp;reminder</source>
        <translation>Wyślij &amp;przypomnienie</translation>
    </message>
    <message>
        <source>A short, firm letter: it cites your letter, the date the answer was due and the rule. Takes 2 minutes.</source>
        <translation>Krótki, stanowczy list: przywołuje Twój list, termin odpowiedzi i przepis. Zajmuje 2 minuty.</translation>
    </message>
    <message>
        <source>&amp;Complain to the organisation</source>
        <translation>Złóż &amp;skargę do organizacji</translation>
    </message>
    <message>
        <source>A formal complaint to its data protection officer, with a dated timeline. The law says it must acknowledge it within {days} days. Takes about 5 minutes.</source>
        <translation>Formalna skarga do inspektora ochrony danych organizacji, z opisem zdarzeń i dat. Według prawa organizacja musi potwierdzić jej otrzymanie w ciągu {days} dni. Zajmuje około 5 minut.</translation>
    </message>
    <message>
        <source>Complain to the &amp;ICO</source>
        <translation>Złóż skargę do &amp;ICO</translation>
    </message>
    <message>
        <source>The Information Commission (the ICO) is the regulator. It expects you to have sent a reminder and complained to the organisation first. You get a pack to copy into its online form: a summary, the timeline and what to attach. Takes about 10 minutes.</source>
        <translation>Information Commission (ICO) to organ nadzorczy. Oczekuje, że najpierw wyślesz przypomnienie i złożysz skargę do organizacji. Dostaniesz pakiet do przepisania do jego formularza online: podsumowanie, przebieg zdarzeń i listę załączników. Zajmuje około 10 minut.</translation>
    </message>
    <message>
        <source>Ask for correc&amp;tions</source>
        <translation>Poproś o &amp;poprawki</translation>
    </message>
    <message>
        <source>If the answer shows something wrong, ask for it to be put right. This starts a new case with its own deadline.</source>
        <translation>Jeśli odpowiedź pokazuje coś błędnego, poproś o poprawienie. To zaczyna nową sprawę z własnym terminem.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>You sent it on {date}, reference {reference}.</source>
        <translation>Wysłano {date}, numer {reference}.</translation>
    </message>
    <message>
        <source>Date you sent it: {problem}</source>
        <translation>Data wysłania: {problem}</translation>
    </message>
</context>
<context>
    <name>HowThisWorksDialog</name>
    <message>
        <source>How npdrights works</source>
        <translation>Jak działa npdrights</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>IcoRules</name>
    <message>
        <source>The ICO expects your complaint by {closes}: three months after your last contact with {body} on {last_contact}. It makes sense to wait until {earliest}, so {body} has had its chance to put things right, but the ICO accepts complaints at any time.</source>
        <translation>ICO oczekuje Twojej skargi do {closes}: to trzy miesiące od ostatniego kontaktu z organizacją ({body}), który był {last_contact}. Warto poczekać do {earliest}, żeby organizacja ({body}) miała szansę naprawić sprawę, ale ICO przyjmuje skargi w każdej chwili.</translation>
    </message>
    <message>
        <source>The ICO expects your complaint by {closes}: three months after your last contact with {body} on {last_contact}. That is before {earliest}, when you&apos;d normally be ready to complain. The ICO accepts complaints at any time, so complain as soon as you can and explain the dates.</source>
        <translation>ICO oczekuje Twojej skargi do {closes}: to trzy miesiące od ostatniego kontaktu z organizacją ({body}), który był {last_contact}. To wcześniej niż {earliest}, kiedy zwykle można już składać skargę. ICO przyjmuje skargi w każdej chwili, więc złóż ją jak najszybciej i wyjaśnij, skąd takie daty.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Your answers stay on this computer. Nothing is saved until you press Finish, and then only in your locked vault.</source>
        <translation>Twoje odpowiedzi zostają na tym komputerze. Nic nie jest zapisywane, dopóki nie naciśniesz „Zakończ”, a wtedy tylko w Twoim zamkniętym sejfie.</translation>
    </message>
    <message>
        <source>Why we ask this</source>
        <translation>Dlaczego o to pytamy</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <source>What still needs an answer</source>
        <translation>Na co trzeba jeszcze odpowiedzieć</translation>
    </message>
    <message>
        <source>Where your answers go</source>
        <translation>Co dzieje się z Twoimi odpowiedziami</translation>
    </message>
    <message>
        <source>Why we ask this:</source>
        <translation>Dlaczego o to pytamy:</translation>
    </message>
    <message>
        <source>To carry on:</source>
        <translation>Aby przejść dalej:</translation>
    </message>
</context>
<context>
    <name>JourneyWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close this letter?</source>
        <translation>Zamknąć ten list?</translation>
    </message>
    <message>
        <source>No letter has been saved yet. You can keep your answers as a draft, locked in your vault, and carry on later from the list of your cases.</source>
        <translation>Żaden list nie został jeszcze zapisany. Możesz zachować odpowiedzi jako szkic, zamknięty w Twoim sejfie, i dokończyć później z listy Twoich spraw.</translation>
    </message>
    <message>
        <source>&amp;Keep it as a draft</source>
        <translation>&amp;Zachowaj jako szkic</translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation>&amp;Wyrzuć</translation>
    </message>
    <message>
        <source>&amp;Go back to it</source>
        <translation>Wróć &amp;do niego</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <source>Find out what is held</source>
        <translation>Dowiedz się, jakie dane są przechowywane</translation>
    </message>
    <message>
        <source>Stop the DfE sharing data</source>
        <translation>Powstrzymaj DfE przed udostępnianiem danych</translation>
    </message>
    <message>
        <source>Get wrong information corrected</source>
        <translation>Popraw błędne informacje</translation>
    </message>
    <message>
        <source>Ask for data to be deleted</source>
        <translation>Poproś o usunięcie danych</translation>
    </message>
    <message>
        <source>Ask for the use of data to be restricted</source>
        <translation>Poproś o ograniczenie wykorzystania danych</translation>
    </message>
    <message>
        <source>Chase or complain</source>
        <translation>Przypomnij lub złóż skargę</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Nie zachowano</translation>
    </message>
    <message>
        <source>{reason} Your answers are still here.</source>
        <translation>{reason} Twoje odpowiedzi nadal tu są.</translation>
    </message>
    <message>
        <source>{reason} Your answers are still here: press Finish to try again.</source>
        <translation>{reason} Twoje odpowiedzi nadal tu są: naciśnij „Zakończ”, żeby spróbować jeszcze raz.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>{reason} Nothing was saved and your answers are still here: check the date you sent it.</source>
        <translation>{reason} Nic nie zapisano, a Twoje odpowiedzi nadal tu są: sprawdź datę wysłania.</translation>
    </message>
    <message>
        <source>Not saved: the dates don&apos;t fit</source>
        <translation>Nie zapisano: daty do siebie nie pasują</translation>
    </message>
    <message>
        <source>{reason} Nothing was saved.</source>
        <translation>{reason} Nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>a machine-assisted translation by the npdrights developers</source>
        <translation>tłumaczenie twórców npdrights wykonane z pomocą tłumaczenia maszynowego</translation>
    </message>
    <message>
        <source>These screens are in {language}: {made_by}.</source>
        <translation>Język ekranów: {language} — {made_by}.</translation>
    </message>
    <message>
        <source>A native speaker has checked it.</source>
        <translation>Sprawdził je rodzimy użytkownik języka.</translation>
    </message>
    <message>
        <source>No native speaker has checked it yet, so some words may be wrong or unclear. Letters to the DfE are always in English.</source>
        <translation>Nie sprawdził go jeszcze żaden rodzimy użytkownik języka, więc niektóre słowa mogą być błędne lub niejasne. Listy do DfE są zawsze po angielsku.</translation>
    </message>
</context>
<context>
    <name>LetterMeaning</name>
    <message>
        <source>The organisation must answer by {date}. That is one calendar month after your letter is expected to reach it. For a complicated request it may take up to two months more, but only if it tells you so within the first month.</source>
        <translation>Organizacja musi odpowiedzieć do {date}. To jeden miesiąc kalendarzowy od dnia, w którym list powinien do niej dotrzeć. Przy skomplikowanej prośbie może potrzebować nawet dwóch miesięcy więcej, ale tylko jeśli powie Ci o tym w pierwszym miesiącu.</translation>
    </message>
    <message>
        <source>The organisation must answer within one calendar month of receiving your letter.</source>
        <translation>Organizacja musi odpowiedzieć w ciągu jednego miesiąca kalendarzowego od otrzymania Twojego listu.</translation>
    </message>
    <message>
        <source>What happens next: once the letter is posted and marked as sent in npdrights, npdrights watches that date. If no answer has come by then, it offers you a reminder, and after that a complaint.</source>
        <translation>Co dalej: gdy list zostanie wysłany i zaznaczony w npdrights jako wysłany, npdrights będzie pilnował tej daty. Jeśli do tego dnia nie będzie odpowiedzi, zaproponuje Ci przypomnienie, a potem skargę.</translation>
    </message>
    <message>
        <source>This letter asks the Department for Education for a copy of everything it holds about your child, including the National Pupil Database, where that information came from, and who it was given to.</source>
        <translation>Ten list prosi Departament Edukacji (DfE) o kopię wszystkich danych, jakie ma o Twoim dziecku, także w National Pupil Database (krajowej bazie danych uczniów), o informację, skąd te dane pochodzą, i komu je przekazano.</translation>
    </message>
    <message>
        <source>This letter asks the Learning Records Service for your child&apos;s learning record: the courses and qualifications kept under their learner number.</source>
        <translation>Ten list prosi Learning Records Service o zapis nauki Twojego dziecka: kursy i kwalifikacje zapisane pod jego numerem ucznia (ULN).</translation>
    </message>
    <message>
        <source>This letter asks the organisation for a copy of everything it holds about your child, where that information came from, and who it was shared with.</source>
        <translation>Ten list prosi organizację o kopię wszystkich danych, jakie ma o Twoim dziecku, o informację, skąd te dane pochodzą, i komu je udostępniono.</translation>
    </message>
    <message>
        <source>This letter tells the Department for Education that you object to it giving information that identifies your child to companies and to the press, and asks it to stop.</source>
        <translation>Ten list mówi Departamentowi Edukacji (DfE), że sprzeciwiasz się przekazywaniu firmom i prasie danych, po których można rozpoznać Twoje dziecko, i prosi, żeby przestał to robić.</translation>
    </message>
    <message>
        <source>This letter asks for wrong information about your child to be corrected. It lists what is recorded and what is right.</source>
        <translation>Ten list prosi o poprawienie błędnych danych o Twoim dziecku. Wymienia, co jest zapisane i jak powinno być.</translation>
    </message>
    <message>
        <source>This letter asks for information about your child to be deleted, and says why.</source>
        <translation>Ten list prosi o usunięcie danych o Twoim dziecku i wyjaśnia dlaczego.</translation>
    </message>
    <message>
        <source>This letter asks the organisation to keep your child&apos;s information but not use it, while a question about it is settled.</source>
        <translation>Ten list prosi organizację, żeby zachowała dane Twojego dziecka, ale ich nie używała, dopóki sprawa nie zostanie wyjaśniona.</translation>
    </message>
    <message>
        <source>This letter reminds the organisation that its answer is late, and asks it to answer now.</source>
        <translation>Ten list przypomina organizacji, że spóźnia się z odpowiedzią, i prosi o odpowiedź teraz.</translation>
    </message>
    <message>
        <source>The letter asks for an answer by {date}.</source>
        <translation>List prosi o odpowiedź do {date}.</translation>
    </message>
    <message>
        <source>The letter asks for an answer within ten working days.</source>
        <translation>List prosi o odpowiedź w ciągu dziesięciu dni roboczych.</translation>
    </message>
    <message>
        <source>What happens next: if no answer comes, you can complain to the organisation, and then to the Information Commissioner&apos;s Office (ICO).</source>
        <translation>Co dalej: jeśli odpowiedź nie przyjdzie, możesz złożyć skargę do organizacji, a potem do ICO (brytyjskiego urzędu ochrony danych).</translation>
    </message>
    <message>
        <source>This letter complains to the organisation&apos;s data protection officer about how your request was handled, with the dates of what happened.</source>
        <translation>Ten list to skarga do inspektora ochrony danych organizacji na to, jak potraktowano Twoją prośbę, z datami tego, co się wydarzyło.</translation>
    </message>
    <message>
        <source>The letter asks the organisation to confirm it has your complaint by {date}.</source>
        <translation>List prosi organizację, żeby do {date} potwierdziła, że otrzymała Twoją skargę.</translation>
    </message>
    <message>
        <source>The letter asks the organisation to confirm it has your complaint within 30 days.</source>
        <translation>List prosi organizację, żeby w ciągu 30 dni potwierdziła, że otrzymała Twoją skargę.</translation>
    </message>
    <message>
        <source>What happens next: if its answer does not settle things, you can complain to the Information Commissioner&apos;s Office (ICO) within three months of your last contact with the organisation.</source>
        <translation>Co dalej: jeśli jej odpowiedź nie załatwi sprawy, możesz złożyć skargę do ICO (brytyjskiego urzędu ochrony danych) w ciągu trzech miesięcy od ostatniego kontaktu z organizacją.</translation>
    </message>
    <message>
        <source>This is not a letter: it is what you need for the complaint form of the Information Commissioner&apos;s Office (ICO): a short summary, the dates of what happened, and what you ask the ICO to do.</source>
        <translation>To nie jest list: to wszystko, czego potrzebujesz do formularza skargi ICO (brytyjskiego urzędu ochrony danych): krótkie podsumowanie, daty tego, co się wydarzyło, i to, o co prosisz ICO.</translation>
    </message>
    <message>
        <source>No law sets a date for the ICO&apos;s answer.</source>
        <translation>Żaden przepis nie wyznacza terminu odpowiedzi ICO.</translation>
    </message>
    <message>
        <source>What happens next: copy it into the ICO&apos;s online form and keep a copy. When the ICO writes to you, record it in npdrights.</source>
        <translation>Co dalej: przepisz to do formularza ICO w internecie i zachowaj kopię. Gdy ICO do Ciebie napisze, zapisz to w npdrights.</translation>
    </message>
    <message>
        <source>What this letter says</source>
        <translation>Co mówi ten list</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>W skrócie</translation>
    </message>
    <message>
        <source>The letter is in English, because that is what the organisation reads. This is what it says, in short.</source>
        <translation>List jest po angielsku, bo w tym języku czyta go organizacja. Oto w skrócie, co w nim jest.</translation>
    </message>
</context>
<context>
    <name>LetterNames</name>
    <message>
        <source>Subject access request</source>
        <translation>Wniosek o dostęp do danych</translation>
    </message>
    <message>
        <source>Request for the learning record</source>
        <translation>Wniosek o rejestr nauki</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Sprzeciw</translation>
    </message>
    <message>
        <source>Request for corrections</source>
        <translation>Wniosek o poprawki</translation>
    </message>
    <message>
        <source>Request to delete data</source>
        <translation>Wniosek o usunięcie danych</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <source>Complaint to the ICO</source>
        <translation>Skarga do ICO</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>The letter</source>
        <translation>List</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Zapisz PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Kopiuj tekst</translation>
    </message>
    <message>
        <source>&amp;Keep with this case</source>
        <translation>Zachowaj &amp;w tej sprawie</translation>
    </message>
    <message>
        <source>Saved as {path}. That copy is not protected by npdrights.</source>
        <translation>Zapisano jako {path}. Ta kopia nie jest chroniona przez npdrights.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared after a short while, and when you lock.</source>
        <translation>Skopiowano. Schowek zostanie wyczyszczony po krótkiej chwili i przy zablokowaniu.</translation>
    </message>
    <message>
        <source>Kept with this case, under Letters.</source>
        <translation>Zachowano w tej sprawie, w sekcji Listy.</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <source>{name}, as printed</source>
        <translation>{name}, jak na wydruku</translation>
    </message>
    <message>
        <source>A picture of the printed pages. The next tab has the same letter as text.</source>
        <translation>Obraz wydrukowanych stron. Na następnej karcie jest ten sam list jako tekst.</translation>
    </message>
    <message>
        <source>{name}, as text</source>
        <translation>{name}, jako tekst</translation>
    </message>
    <message>
        <source>Printed letter</source>
        <translation>List do druku</translation>
    </message>
    <message>
        <source>Letter as text</source>
        <translation>List jako tekst</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation>Wpisz nazwę organizacji.</translation>
    </message>
    <message>
        <source>The name is too long for a letterhead: keep it to {most} characters.</source>
        <translation>Nazwa jest za długa na papier firmowy: zmieść ją w {most} znakach.</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s address, one line per line.</source>
        <translation>Wpisz adres organizacji, każdą linię osobno.</translation>
    </message>
    <message>
        <source>Keep the address to {most} lines: it is printed on one line.</source>
        <translation>Adres może mieć najwyżej {most} linii: drukuje się go w jednym wierszu.</translation>
    </message>
    <message>
        <source>An address line is too long: keep each to {most} characters.</source>
        <translation>Jedna z linii adresu jest za długa: zmieść każdą w {most} znakach.</translation>
    </message>
    <message>
        <source>That isn&apos;t a charity number: in England and Wales it is 6 or 7 digits (like 1234567), in Scotland SC and 6 digits, in Northern Ireland NIC and 6 digits. Leave it empty if you don&apos;t have one.</source>
        <translation>To nie jest numer organizacji charytatywnej: w Anglii i Walii ma 6 lub 7 cyfr (np. 1234567), w Szkocji SC i 6 cyfr, w Irlandii Północnej NIC i 6 cyfr. Jeśli go nie masz, zostaw puste pole.</translation>
    </message>
    <message>
        <source>That file is {megabytes} MB: a logo needs far less. Choose a smaller picture (under 5 MB), or save the logo at a smaller size first.</source>
        <translation>Ten plik ma {megabytes} MB: logo potrzebuje dużo mniej. Wybierz mniejszy obraz (poniżej 5 MB) albo najpierw zapisz logo w mniejszym rozmiarze.</translation>
    </message>
    <message>
        <source>That file isn&apos;t a picture npdrights can read. Choose a PNG or JPEG file.</source>
        <translation>npdrights nie potrafi odczytać tego pliku jako obrazu. Wybierz plik PNG lub JPEG.</translation>
    </message>
    <message>
        <source>That picture is damaged or only partly there, so it can&apos;t be used. Save the logo again and choose the new file.</source>
        <translation>Ten obraz jest uszkodzony lub niekompletny, więc nie można go użyć. Zapisz logo ponownie i wybierz nowy plik.</translation>
    </message>
    <message>
        <source>That picture is too small to print clearly. Choose one at least 100 pixels across.</source>
        <translation>Ten obraz jest za mały, by wydrukować go wyraźnie. Wybierz taki, który ma co najmniej 100 pikseli szerokości.</translation>
    </message>
    <message>
        <source>That picture is far too large to be a logo. Save it at a smaller size (under 6,000 pixels across) first.</source>
        <translation>Ten obraz jest o wiele za duży na logo. Najpierw zapisz go w mniejszym rozmiarze (poniżej 6000 pikseli szerokości).</translation>
    </message>
    <message>
        <source>That picture is far too large ({width} x {height} pixels) to be a logo. Save it at a smaller size (under 6,000 pixels across) first.</source>
        <translation>Ten obraz ({width} x {height} pikseli) jest o wiele za duży na logo. Najpierw zapisz go w mniejszym rozmiarze (poniżej 6000 pikseli szerokości).</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}).</source>
        <translation>Nie udało się odczytać pliku {name} ({reason}).</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
</context>
<context>
    <name>LockCountdown</name>
    <message>
        <source>npdrights is about to lock</source>
        <translation>npdrights zaraz się zablokuje</translation>
    </message>
    <message>
        <source>Time before npdrights locks</source>
        <translation>Czas do zablokowania npdrights</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Pracuj dalej</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Pracuj dalej</translation>
    </message>
    <message>
        <source>Anything you are writing is kept, locked in your vault, and you can carry on after unlocking.</source>
        <translation>Wszystko, co piszesz, zostanie zachowane, zamknięte w Twoim sejfie, a po odblokowaniu możesz kontynuować.</translation>
    </message>
    <message numerus="yes">
        <source>You haven&apos;t used npdrights for a while, so it will lock in %n second(s) to keep your cases private.</source>
        <translation>
            <numerusform>Od pewnego czasu nie korzystasz z npdrights, więc zablokuje się za %n sekundę, aby chronić Twoje sprawy.</numerusform>
            <numerusform>Od pewnego czasu nie korzystasz z npdrights, więc zablokuje się za %n sekundy, aby chronić Twoje sprawy.</numerusform>
            <numerusform>Od pewnego czasu nie korzystasz z npdrights, więc zablokuje się za %n sekund, aby chronić Twoje sprawy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Sejf</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Zablokuj teraz</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Name, address and letterhead…</source>
        <translation>&amp;Nazwa, adres i papier firmowy…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Wyjdź</translation>
    </message>
    <message>
        <source>&amp;Back up to a file…</source>
        <translation>Zrób &amp;kopię zapasową do pliku…</translation>
    </message>
    <message>
        <source>C&amp;heck a backup file…</source>
        <translation>S&amp;prawdź plik kopii zapasowej…</translation>
    </message>
    <message>
        <source>&amp;Restore from a file…</source>
        <translation>P&amp;rzywróć z pliku…</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Spr&amp;awy</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nowy wniosek…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statystyki…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Rejestr</translation>
    </message>
    <message>
        <source>&amp;Who has been given pupil data…</source>
        <translation>&amp;Komu przekazano dane uczniów…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <source>&amp;How this works</source>
        <translation>&amp;Jak to działa</translation>
    </message>
    <message>
        <source>&amp;About npdrights</source>
        <translation>&amp;O npdrights</translation>
    </message>
    <message>
        <source>Put the &amp;copy back</source>
        <translation>Odłóż &amp;kopię na miejsce</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Wpisz hasło, aby odblokować.</translation>
    </message>
    <message>
        <source>Saved the recovery code sheet as {path}.</source>
        <translation>Zapisano arkusz z kodem odzyskiwania jako {path}.</translation>
    </message>
    <message>
        <source>npdrights recovery code</source>
        <translation>Kod odzyskiwania npdrights</translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation>Twoje nowe hasło jest ustawione.</translation>
    </message>
    <message>
        <source>An older copy of your cases</source>
        <translation>Starsza kopia Twoich spraw</translation>
    </message>
    <message>
        <source>Carry on with this older copy?</source>
        <translation>Kontynuować z tą starszą kopią?</translation>
    </message>
    <message>
        <source>Your cases file now holds the snapshot from {when}. The damaged file was kept beside it. Type your passphrase to unlock.</source>
        <translation>Plik Twoich spraw zawiera teraz migawkę z {when}. Uszkodzony plik zachowano obok. Wpisz hasło, aby odblokować.</translation>
    </message>
    <message>
        <source>The copy of your vault&apos;s key file is back in place. Type the passphrase you had when it was made (or use your recovery code) to unlock.</source>
        <translation>Kopia pliku klucza Twojego sejfu jest z powrotem na miejscu. Aby odblokować, wpisz hasło, które obowiązywało, gdy ją utworzono (albo użyj kodu odzyskiwania).</translation>
    </message>
    <message>
        <source>That unfinished letter can&apos;t be opened by this version of npdrights.</source>
        <translation>Tego niedokończonego listu nie da się otworzyć w tej wersji npdrights.</translation>
    </message>
    <message>
        <source>The unfinished letter was deleted.</source>
        <translation>Niedokończony list został usunięty.</translation>
    </message>
    <message>
        <source>Delete this unfinished letter?</source>
        <translation>Usunąć ten niedokończony list?</translation>
    </message>
    <message>
        <source>The answers you typed for it will be gone for good. Delete it?</source>
        <translation>Wpisane do niego odpowiedzi znikną na zawsze. Usunąć go?</translation>
    </message>
    <message>
        <source>Your unfinished letter</source>
        <translation>Twój niedokończony list</translation>
    </message>
    <message>
        <source>Carry on with it now?</source>
        <translation>Kontynuować go teraz?</translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
        <source>&amp;Throw it away</source>
        <translation>&amp;Wyrzuć</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
    </message>
    <message>
        <source>{step}: npdrights has no letter for this step yet.</source>
        <translation>{step}: npdrights nie ma jeszcze listu na ten krok.</translation>
    </message>
    <message>
        <source>Saved. Your case is in the list.</source>
        <translation>Zapisano. Twoja sprawa jest na liście.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s).</source>
        <translation>
            <numerusform>Zapisano %n sprawę.</numerusform>
            <numerusform>Zapisano %n sprawy.</numerusform>
            <numerusform>Zapisano %n spraw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npdrights locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>npdrights zablokował się po %n minucie bez użycia.</numerusform>
            <numerusform>npdrights zablokował się po %n minutach bez użycia.</numerusform>
            <numerusform>npdrights zablokował się po %n minutach bez użycia.</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights locked itself because the computer went to sleep.</source>
        <translation>npdrights zablokował się, ponieważ komputer przeszedł w stan uśpienia.</translation>
    </message>
    <message>
        <source>npdrights locked itself when its window was minimised.</source>
        <translation>npdrights zablokował się, gdy jego okno zostało zminimalizowane.</translation>
    </message>
    <message>
        <source>npdrights is locked.</source>
        <translation>npdrights jest zablokowany.</translation>
    </message>
    <message>
        <source>Your unfinished letter could not be kept: {reason}</source>
        <translation>Nie udało się zachować Twojego niedokończonego listu: {reason}</translation>
    </message>
    <message>
        <source>Your unfinished letter was kept, locked in your vault.</source>
        <translation>Twój niedokończony list został zachowany, zamknięty w Twoim sejfie.</translation>
    </message>
    <message>
        <source>Your unfinished letter could not be kept.</source>
        <translation>Nie udało się zachować Twojego niedokończonego listu.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>Twoje hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Hasło nie zostało zmienione</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Pęk kluczy jest niedostępny</translation>
    </message>
    <message>
        <source>About npdrights</source>
        <translation>O npdrights</translation>
    </message>
    <message>
        <source>npdrights helps you use your data-protection rights over the National Pupil Database.

Everything stays on this computer, encrypted. npdrights never connects to the internet.</source>
        <translation>npdrights pomaga korzystać z praw do ochrony danych wobec Krajowej Bazy Danych Uczniów (National Pupil Database).

Wszystko zostaje na tym komputerze, zaszyfrowane. npdrights nigdy nie łączy się z internetem.</translation>
    </message>
</context>
<context>
    <name>MarkAsSent</name>
    <message>
        <source>Date sent</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <source>How you sent it</source>
        <translation>Jak wysłano</translation>
    </message>
    <message>
        <source>Proof of posting reference (optional)</source>
        <translation>Numer potwierdzenia nadania (opcjonalnie)</translation>
    </message>
    <message>
        <source>Date &amp;sent</source>
        <translation>Data &amp;wysłania</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Jak</translation>
    </message>
    <message>
        <source>Proof of posting (&amp;optional)</source>
        <translation>Potwierdzenie nadania (&amp;opcjonalnie)</translation>
    </message>
    <message>
        <source>The number on your certificate of posting or signed-for receipt. Keep the slip.</source>
        <translation>Numer z potwierdzenia nadania lub odbioru. Zachowaj ten dowód.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Note: </source>
        <translation>Uwaga: </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>styczeń</translation>
    </message>
    <message>
        <source>February</source>
        <translation>luty</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzec</translation>
    </message>
    <message>
        <source>April</source>
        <translation>kwiecień</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>czerwiec</translation>
    </message>
    <message>
        <source>July</source>
        <translation>lipiec</translation>
    </message>
    <message>
        <source>August</source>
        <translation>sierpień</translation>
    </message>
    <message>
        <source>September</source>
        <translation>wrzesień</translation>
    </message>
    <message>
        <source>October</source>
        <translation>październik</translation>
    </message>
    <message>
        <source>November</source>
        <translation>listopad</translation>
    </message>
    <message>
        <source>December</source>
        <translation>grudzień</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{month} {year} (dzień {day})</translation>
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
        <translation>Nazwa doradcy</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>Hasło tej osoby</translation>
    </message>
    <message>
        <source>Their passphrase again</source>
        <translation>Hasło tej osoby jeszcze raz</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Name: type the adviser&apos;s name as they will type it to sign in.</source>
        <translation>Nazwa: wpisz nazwę doradcy tak, jak będzie ją wpisywać przy logowaniu.</translation>
    </message>
    <message>
        <source>Passphrase: use at least {count} characters.</source>
        <translation>Hasło: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two passphrases are different.</source>
        <translation>Wpisz je ponownie: oba hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>You drafted this letter on {drafted} but haven&apos;t marked it as sent. If you&apos;ve sent it, mark it as sent so the app can work out when {body} must answer; if not, send it now.</source>
        <translation>Szkic tego listu przygotowano {drafted}, ale nie zaznaczono go jako wysłanego. Jeśli już go wysłano, zaznacz to, aby aplikacja wyliczyła termin odpowiedzi ({body}); jeśli nie, wyślij go teraz.</translation>
    </message>
    <message>
        <source>{body} asked for proof of identity on {asked}. Its month to answer starts again when your proof reaches it, so send it soon.</source>
        <translation>{body}: prośba o dowód tożsamości — {asked}. Miesiąc na odpowiedź liczy się od nowa, gdy Twój dowód dotrze, więc wyślij go szybko.</translation>
    </message>
    <message>
        <source>{body} asked you to clarify your request on {asked}. Its clock is paused until your answer reaches it, so reply soon.</source>
        <translation>{body}: prośba o wyjaśnienie wniosku — {asked}. Czas na odpowiedź stoi, dopóki Twoje wyjaśnienie nie dotrze, więc odpowiedz szybko.</translation>
    </message>
    <message>
        <source>{body} asked you to clarify your request on {asked}. That doesn&apos;t give it more time: its answer is still due by {due}. Reply soon, so it can answer in time.</source>
        <translation>{body}: prośba o wyjaśnienie wniosku — {asked}. To nie daje więcej czasu: termin odpowiedzi to nadal {due}. Odpowiedz szybko, żeby odpowiedź mogła przyjść na czas.</translation>
    </message>
    <message>
        <source>{body}&apos;s answer is due by {due}. If it hasn&apos;t arrived by then, from {opens} you can send a reminder.</source>
        <translation>Termin odpowiedzi ({body}): {due}. Jeśli do tego czasu nie przyjdzie, od {opens} możesz wysłać przypomnienie.</translation>
    </message>
    <message>
        <source>{body}&apos;s answer is due by {due}. If it hasn&apos;t arrived by then, from {opens} you can complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation>Termin odpowiedzi ({body}): {due}. Jeśli do tego czasu nie przyjdzie, od {opens} możesz złożyć skargę (adresat: {body}). Zgodnie z sekcją 164A ustawy Data Protection Act 2018 musi ona potwierdzić otrzymanie skargi w ciągu 30 dni, a potem przekazać Ci wynik.</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. Your reminder of {reminded} asked for a reply by {reply_by}. If none comes, from {complain_from} you can complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation>Termin odpowiedzi ({body}): {due}. Termin minął, a odpowiedź nie przyszła. Twoje przypomnienie z {reminded} prosiło o odpowiedź do {reply_by}. Jeśli nie przyjdzie, od {complain_from} możesz złożyć skargę (adresat: {body}). Zgodnie z sekcją 164A ustawy Data Protection Act 2018 musi ona potwierdzić otrzymanie skargi w ciągu 30 dni, a potem przekazać Ci wynik.</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. Your reminder of {reminded} asked for a reply by {reply_by}. It hasn&apos;t replied, so you can now complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation>Termin odpowiedzi ({body}): {due}. Termin minął, a odpowiedź nie przyszła. Twoje przypomnienie z {reminded} prosiło o odpowiedź do {reply_by}. Odpowiedź nie przyszła, więc możesz teraz złożyć skargę (adresat: {body}). Zgodnie z sekcją 164A ustawy Data Protection Act 2018 musi ona potwierdzić otrzymanie skargi w ciągu 30 dni, a potem przekazać Ci wynik.</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. Send a reminder first: it gives {body} a last chance, with a date to reply by.</source>
        <translation>Termin odpowiedzi ({body}): {due}. Termin minął, a odpowiedź nie przyszła. Najpierw wyślij przypomnienie: to ostatnia szansa (adresat: {body}), z datą, do kiedy trzeba odpowiedzieć.</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due} and hasn&apos;t arrived. You can also complain to {body}. Under section 164A of the Data Protection Act 2018 it must acknowledge your complaint within 30 days and then tell you the outcome.</source>
        <translation>Termin odpowiedzi ({body}): {due}. Termin minął, a odpowiedź nie przyszła. Możesz też złożyć skargę (adresat: {body}). Zgodnie z sekcją 164A ustawy Data Protection Act 2018 musi ona potwierdzić otrzymanie skargi w ciągu 30 dni, a potem przekazać Ci wynik.</translation>
    </message>
    <message>
        <source>{said} If anything in what it sent is wrong or incomplete, you can ask it to correct it.</source>
        <translation>{said} Jeśli coś w tym, co przysłano, jest błędne lub niepełne, możesz poprosić o poprawienie.</translation>
    </message>
    <message>
        <source>{said} You can ask it to set out the compelling legitimate grounds it relies on: the law says it must stop unless it can show them.</source>
        <translation>{said} Możesz poprosić o przedstawienie ważnych prawnie uzasadnionych podstaw, na które się powołuje: prawo mówi, że musi przestać, jeśli ich nie wykaże.</translation>
    </message>
    <message>
        <source>{said} You can complain to its data protection officer about what is missing or wrong.</source>
        <translation>{said} Możesz złożyć skargę do inspektora ochrony danych na to, czego brakuje lub co jest błędne.</translation>
    </message>
    <message>
        <source>{said} That was after its deadline of {due}, so you can complain to its data protection officer about the delay.</source>
        <translation>{said} To było po terminie ({due}), więc możesz złożyć skargę do inspektora ochrony danych na opóźnienie.</translation>
    </message>
    <message>
        <source>If the ICO&apos;s outcome settles it, you can close the case.</source>
        <translation>Jeśli decyzja ICO zamyka sprawę, możesz ją zamknąć.</translation>
    </message>
    <message>
        <source>{said} If you don&apos;t want to take it further, you can close the case.</source>
        <translation>{said} Jeśli nie chcesz iść dalej, możesz zamknąć sprawę.</translation>
    </message>
    <message>
        <source>{said} If you&apos;re content, you can close the case.</source>
        <translation>{said} Jeśli to Ci wystarcza, możesz zamknąć sprawę.</translation>
    </message>
    <message>
        <source>The ICO told you its outcome on {outcome}. If you disagree, you can ask it to review how it handled your complaint by {closes}.</source>
        <translation>ICO przekazało swoją decyzję {outcome}. Jeśli się nie zgadzasz, możesz do {closes} poprosić o ponowne sprawdzenie, jak rozpatrzono Twoją skargę.</translation>
    </message>
    <message>
        <source>{lead} you can complain to the ICO. It expects complaints within three months of your last contact with {body}, so by {closes}.</source>
        <translation>{lead} możesz złożyć skargę do ICO. ICO oczekuje skarg w ciągu trzech miesięcy od ostatniego kontaktu z organizacją ({body}), czyli do {closes}.</translation>
    </message>
    <message>
        <source>{reason} That date has passed, but the ICO can still look at a late complaint if you explain why.</source>
        <translation>{reason} Ta data minęła, ale ICO może jeszcze rozpatrzyć spóźnioną skargę, jeśli wyjaśnisz powód.</translation>
    </message>
    <message>
        <source>{reason} It normally expects you to complain to {body} first.</source>
        <translation>{reason} Zwykle oczekuje, że najpierw złożysz skargę do organizacji ({body}).</translation>
    </message>
    <message>
        <source>{body}&apos;s answer was due on {due}. If it still hasn&apos;t arrived,</source>
        <translation>Termin odpowiedzi ({body}): {due}. Termin minął. Jeśli odpowiedź nadal nie przyszła,</translation>
    </message>
    <message>
        <source>{body}&apos;s answer is due by {due}. If it hasn&apos;t arrived by then,</source>
        <translation>Termin odpowiedzi ({body}): {due}. Jeśli do tego czasu nie przyjdzie,</translation>
    </message>
    <message>
        <source>{body} answered on {answered}, after its deadline of {due}. If you want to complain about the delay,</source>
        <translation>{body}: odpowiedź przyszła {answered}, po terminie ({due}). Jeśli chcesz złożyć skargę na opóźnienie,</translation>
    </message>
    <message>
        <source>{body} replied on {replied} to your complaint of {complained}. If you&apos;re not satisfied,</source>
        <translation>{body}: odpowiedź z {replied} na Twoją skargę z {complained}. Jeśli nie jesteś zadowolony(-a),</translation>
    </message>
    <message>
        <source>You complained to {body} on {complained}. If it hasn&apos;t replied within 30 days (by {by}),</source>
        <translation>Złożono skargę ({body}) — {complained}. Jeśli odpowiedź nie przyszła w ciągu 30 dni (do {by}),</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Mark as sent…</source>
        <translation>Zaznacz jako wysłany…</translation>
    </message>
    <message>
        <source>Record that you replied…</source>
        <translation>Zapisz, że odpowiedziano…</translation>
    </message>
    <message>
        <source>Write a reminder…</source>
        <translation>Napisz przypomnienie…</translation>
    </message>
    <message>
        <source>Write a complaint…</source>
        <translation>Napisz skargę…</translation>
    </message>
    <message>
        <source>Prepare a complaint to the ICO…</source>
        <translation>Przygotuj skargę do ICO…</translation>
    </message>
    <message>
        <source>Record that you asked for a review…</source>
        <translation>Zapisz, że poproszono o ponowne rozpatrzenie…</translation>
    </message>
    <message>
        <source>Ask for corrections…</source>
        <translation>Poproś o poprawki…</translation>
    </message>
    <message>
        <source>Write to ask for its grounds…</source>
        <translation>Napisz z pytaniem o podstawy…</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>Zamknij sprawę…</translation>
    </message>
    <message>
        <source>There is nothing for you to do in this case right now.</source>
        <translation>W tej sprawie nie musisz teraz nic robić.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Zalecane</translation>
    </message>
    <message>
        <source>Also possible</source>
        <translation>Możesz też</translation>
    </message>
    <message>
        <source>From {opens}.</source>
        <translation>Od {opens}.</translation>
    </message>
    <message>
        <source>You can do this now.</source>
        <translation>Możesz to zrobić teraz.</translation>
    </message>
    <message>
        <source>From {opens} (its usual time has passed).</source>
        <translation>Od {opens} (zwykły czas na to minął).</translation>
    </message>
    <message>
        <source>You can do this now (its usual time has passed).</source>
        <translation>Możesz to zrobić teraz (zwykły czas na to minął).</translation>
    </message>
    <message>
        <source>From {opens}, until {expires}.</source>
        <translation>Od {opens} do {expires}.</translation>
    </message>
    <message>
        <source>You can do this now, until {expires}.</source>
        <translation>Możesz to zrobić teraz, do {expires}.</translation>
    </message>
    <message>
        <source>Recommended: {action}</source>
        <translation>Zalecane: {action}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation and letterhead</source>
        <translation>Organizacja i papier firmowy</translation>
    </message>
    <message>
        <source>Your organisation&apos;s letterhead</source>
        <translation>Papier firmowy Twojej organizacji</translation>
    </message>
    <message>
        <source>If you are an advice charity, your name, address and charity number are printed at the top of the letters your advisers write for families, so the organisation sees at once who is writing. A family&apos;s own letters never have it. It is kept in your encrypted vault.</source>
        <translation>Jeśli jesteś organizacją doradczą, Twoja nazwa, adres i numer organizacji charytatywnej są drukowane u góry listów, które Twoi doradcy piszą dla rodzin, więc adresat od razu widzi, kto pisze. Listy pisane przez same rodziny nigdy go nie mają. Jest przechowywany w Twoim zaszyfrowanym sejfie.</translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation>Nazwa organizacji</translation>
    </message>
    <message>
        <source>Organisation&apos;s address, one line per line</source>
        <translation>Adres organizacji, każda linia osobno</translation>
    </message>
    <message>
        <source>Registered charity number, if you have one</source>
        <translation>Numer rejestracyjny organizacji charytatywnej, jeśli go masz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Address (one line per line):</source>
        <translation>&amp;Adres (każda linia osobno):</translation>
    </message>
    <message>
        <source>&amp;Charity number (if any):</source>
        <translation>Numer &amp;organizacji charytatywnej (jeśli jest):</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Wybierz &amp;logo…</translation>
    </message>
    <message>
        <source>Choose a logo file</source>
        <translation>Wybierz plik z logo</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;Usuń logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Have &amp;no letterhead</source>
        <translation>&amp;Bez papieru firmowego</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Obrazy</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Wybierz logo</translation>
    </message>
</context>
<context>
    <name>OrganisationTools</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizacja</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Kto jest zalogowany</translation>
    </message>
    <message>
        <source>&amp;Advisers…</source>
        <translation>&amp;Doradcy…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Rejestr zmian…</translation>
    </message>
    <message>
        <source>&amp;Retention: cases to delete…</source>
        <translation>&amp;Przechowywanie: sprawy do usunięcia…</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Zalogowano jako {name}</translation>
    </message>
    <message>
        <source>Retention policy not changed</source>
        <translation>Nie zmieniono zasad przechowywania</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Use at least {count} characters. Four or more words that don&apos;t go together work well.</source>
        <translation>Użyj co najmniej {count} znaków. Dobrze sprawdzają się cztery lub więcej niepasujących do siebie słów.</translation>
    </message>
    <message>
        <source>This is the example shown on this screen, so anyone who has seen npdrights knows it. Choose your own words.</source>
        <translation>To przykład pokazany na tym ekranie, więc zna go każdy, kto widział npdrights. Wybierz własne słowa.</translation>
    </message>
    <message>
        <source>This looks easy to guess. Avoid common words like &apos;password&apos; and repeated characters.</source>
        <translation>To hasło wygląda na łatwe do odgadnięcia. Unikaj popularnych słów, takich jak „password”, i powtarzających się znaków.</translation>
    </message>
    <message>
        <source>Strong. Make sure you can remember it, and keep your recovery code safe.</source>
        <translation>Silne. Upewnij się, że je zapamiętasz, i przechowuj kod odzyskiwania w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two would make it much harder to guess.</source>
        <translation>Przeciętne. Jedno lub dwa słowa więcej sprawią, że będzie dużo trudniejsze do odgadnięcia.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>Pokaż: {field}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and families</source>
        <translation>Osoby i rodziny</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Rodziny</translation>
    </message>
    <message>
        <source>Group brothers and sisters in a family. An adviser can keep each family&apos;s cases apart.</source>
        <translation>Połącz rodzeństwo w rodzinę. Doradca może dzięki temu trzymać sprawy każdej rodziny osobno.</translation>
    </message>
    <message>
        <source>&amp;Families</source>
        <translation>&amp;Rodziny</translation>
    </message>
    <message>
        <source>Add a famil&amp;y…</source>
        <translation>Dodaj &amp;rodzinę…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Zmień nazwę…</translation>
    </message>
    <message>
        <source>Remo&amp;ve the family</source>
        <translation>&amp;Usuń rodzinę</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Osoby</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Dodaj osobę…</translation>
    </message>
    <message>
        <source>&amp;Change details…</source>
        <translation>Zmień &amp;dane…</translation>
    </message>
    <message>
        <source>The family&apos;s name (for example, a surname):</source>
        <translation>Nazwa rodziny (na przykład nazwisko):</translation>
    </message>
    <message>
        <source>Add a family</source>
        <translation>Dodaj rodzinę</translation>
    </message>
    <message>
        <source>Rename the family</source>
        <translation>Zmień nazwę rodziny</translation>
    </message>
    <message>
        <source>Remove the family “{family}”? Its people and their cases stay; they are just no longer grouped.</source>
        <translation>Usunąć rodzinę „{family}”? Jej osoby i ich sprawy zostaną; po prostu nie będą już zgrupowane.</translation>
    </message>
    <message>
        <source>Remove the family?</source>
        <translation>Usunąć rodzinę?</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Change a person&apos;s details</source>
        <translation>Zmień dane osoby</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <source>Letters you write from now on use these details. Letters already sent keep what they said.</source>
        <translation>Listy, które napiszesz od teraz, użyją tych danych. Listy już wysłane zostają bez zmian.</translation>
    </message>
    <message>
        <source>I know the date of birth</source>
        <translation>Znam datę urodzenia</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Not in a family</source>
        <translation>Bez rodziny</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Former names, one a line</source>
        <translation>&amp;Dawne nazwiska, każde w osobnym wierszu</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>Dawne nazwiska</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Data &amp;urodzenia</translation>
    </message>
    <message>
        <source>&amp;UPN (optional)</source>
        <translation>&amp;UPN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Unique pupil number</source>
        <translation>Numer ucznia UPN</translation>
    </message>
    <message>
        <source>U&amp;LN (optional)</source>
        <translation>U&amp;LN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Unique learner number</source>
        <translation>Numer ucznia ULN</translation>
    </message>
    <message>
        <source>&amp;Address, one line each</source>
        <translation>&amp;Adres, każda część w osobnym wierszu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Kod pocztowy</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation>&amp;E-mail (opcjonalnie)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>&amp;Rodzina</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>The person&apos;s details</source>
        <translation>Dane osoby</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>A UPN</source>
        <translation>Numer UPN</translation>
    </message>
    <message>
        <source>A ULN</source>
        <translation>Numer ULN</translation>
    </message>
    <message>
        <source>A postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>An email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Type the person&apos;s full name.</source>
        <translation>Wpisz imię i nazwisko tej osoby.</translation>
    </message>
    <message>
        <source>{field}: {problem}. Check it, or leave it empty.</source>
        <translation>{field}: {problem}. Sprawdź to albo zostaw puste.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>The Unique Pupil Number (UPN) is a 13-character code every state school in England gives each pupil, for example B801200005001. It is on some school reports and letters about exams or admissions; the school office can tell you it. Leave it blank if you don&apos;t know it: the DfE can search by name, date of birth and school.</source>
        <translation>Unique Pupil Number (UPN) to 13-znakowy kod, który każda szkoła państwowa w Anglii nadaje każdemu uczniowi, na przykład B801200005001. Jest na niektórych świadectwach i w listach o egzaminach lub przyjęciu do szkoły; poda go sekretariat szkoły. Jeśli go nie znasz, zostaw puste: DfE może szukać po imieniu i nazwisku, dacie urodzenia i szkole.</translation>
    </message>
    <message>
        <source>The Unique Learner Number (ULN) is a 10-digit number given to anyone aged 14 or over in education or training. It is on exam certificates and on a Personal Learning Record. Leave it blank if you don&apos;t know it.</source>
        <translation>Unique Learner Number (ULN) to 10-cyfrowy numer, który dostaje każdy uczący się lub szkolący się w wieku 14 lat lub starszy. Jest na świadectwach egzaminów i w Personal Learning Record. Jeśli go nie znasz, zostaw puste.</translation>
    </message>
    <message>
        <source>Any other name the school records may use: an earlier surname, or a different spelling.</source>
        <translation>Każde inne imię lub nazwisko, którego mogą używać dane szkoły: wcześniejsze nazwisko albo inna pisownia.</translation>
    </message>
    <message>
        <source>One address per line, with commas between the parts, for example: 3 Old Lane, Exampleton, EX2 3CD</source>
        <translation>Jeden adres w wierszu, z przecinkami między częściami, na przykład: 3 Old Lane, Exampleton, EX2 3CD</translation>
    </message>
    <message>
        <source>By their first name</source>
        <translation>Po imieniu</translation>
    </message>
    <message>
        <source>he</source>
        <translation>he (on)</translation>
    </message>
    <message>
        <source>she</source>
        <translation>she (ona)</translation>
    </message>
    <message>
        <source>they</source>
        <translation>they (neutralnie)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Former names (optional)</source>
        <translation>Dawne imiona i nazwiska (opcjonalnie)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Unique Pupil Number, UPN (optional)</source>
        <translation>Numer ucznia UPN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Former UPNs (optional)</source>
        <translation>Dawne numery UPN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Unique Learner Number, ULN (optional)</source>
        <translation>Numer ucznia ULN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Past addresses (optional)</source>
        <translation>Dawne adresy (opcjonalnie)</translation>
    </message>
    <message>
        <source>In the letter, call the child</source>
        <translation>Jak nazywać dziecko w liście</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>As the school would have it.</source>
        <translation>Tak, jak zapisała je szkoła.</translation>
    </message>
    <message>
        <source>F&amp;ormer names (optional)</source>
        <translation>Dawne imio&amp;na i nazwiska (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Data u&amp;rodzenia</translation>
    </message>
    <message>
        <source>For example 4 5 2013.</source>
        <translation>Na przykład 4 5 2013.</translation>
    </message>
    <message>
        <source>&amp;UPN (optional)</source>
        <translation>&amp;UPN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Where do I find the UPN?</source>
        <translation>Gdzie znajdę UPN?</translation>
    </message>
    <message>
        <source>Former UPN&amp;s (optional)</source>
        <translation>Dawne U&amp;PN (opcjonalnie)</translation>
    </message>
    <message>
        <source>One per line, if the pupil had another.</source>
        <translation>Po jednym w wierszu, jeśli uczeń miał inny.</translation>
    </message>
    <message>
        <source>U&amp;LN (optional)</source>
        <translation>U&amp;LN (opcjonalnie)</translation>
    </message>
    <message>
        <source>Where do I find the ULN?</source>
        <translation>Gdzie znajdę ULN?</translation>
    </message>
    <message>
        <source>Pas&amp;t addresses (optional)</source>
        <translation>Dawne &amp;adresy (opcjonalnie)</translation>
    </message>
    <message>
        <source>In the letter, call the&amp;m</source>
        <translation>&amp;Jak nazywać w liście</translation>
    </message>
    <message>
        <source>After the first mention the letter uses their first name, or he, she or they if you choose one.</source>
        <translation>List jest po angielsku: po pierwszym wymienieniu używa imienia dziecka albo słowa he, she lub they, jeśli je wybierzesz.</translation>
    </message>
    <message>
        <source>Schools attended (optional)</source>
        <translation>Szkoły, do których chodziło (opcjonalnie)</translation>
    </message>
    <message>
        <source>Schools help the organisation find every record. Add the ones you know.</source>
        <translation>Szkoły pomagają organizacji znaleźć wszystkie dane. Dodaj te, które znasz.</translation>
    </message>
</context>
<context>
    <name>PostMethods</name>
    <message>
        <source>First class post</source>
        <translation>Poczta priorytetowa (first class)</translation>
    </message>
    <message>
        <source>Second class post</source>
        <translation>Poczta zwykła (second class)</translation>
    </message>
    <message>
        <source>Signed-for post</source>
        <translation>Przesyłka za potwierdzeniem odbioru</translation>
    </message>
    <message>
        <source>Email or online form</source>
        <translation>E-mail lub formularz online</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check your letter</source>
        <translation>Sprawdź swój list</translation>
    </message>
    <message>
        <source>Read the letter before you send it. If anything is wrong, press Back and change your answer: the letter is written again from your answers.</source>
        <translation>Przeczytaj list, zanim go wyślesz. Jeśli coś jest nie tak, naciśnij „Wstecz” i zmień odpowiedź: list zostanie napisany na nowo z Twoich odpowiedzi.</translation>
    </message>
    <message>
        <source>What is in the preview</source>
        <translation>Co jest w podglądzie</translation>
    </message>
    <message>
        <source>Print a &amp;copy of my first letter with it</source>
        <translation>Wydrukuj razem z nim &amp;kopię mojego pierwszego listu</translation>
    </message>
    <message>
        <source>Your letter says a copy is enclosed: this prints it after your letter.</source>
        <translation>Twój list mówi, że dołączono kopię: zostanie wydrukowana po Twoim liście.</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Sprawdź przed wysłaniem</translation>
    </message>
    <message>
        <source>Preparing your letter</source>
        <translation>Przygotowywanie listu</translation>
    </message>
    <message>
        <source>Preparing your letter…</source>
        <translation>Przygotowywanie listu…</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Podgląd listu</translation>
    </message>
    <message>
        <source>See it &amp;full window</source>
        <translation>Pokaż na &amp;całym oknie</translation>
    </message>
    <message>
        <source>See the letter full window</source>
        <translation>Pokaż list na całym oknie</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Zapisz PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Kopiuj tekst</translation>
    </message>
    <message>
        <source>Copy text puts the letter on the clipboard for an email or web form. It is cleared again after a short while, and when npdrights locks.</source>
        <translation>„Kopiuj tekst” umieszcza list w schowku, do wklejenia w e-mail lub formularz internetowy. Schowek zostanie wyczyszczony po krótkiej chwili i przy zablokowaniu npdrights.</translation>
    </message>
    <message>
        <source>This letter can&apos;t be written yet. {problems}. Press Back to change your answers.</source>
        <translation>Tego listu nie da się jeszcze napisać. {problems}. Naciśnij „Wstecz”, aby zmienić odpowiedzi.</translation>
    </message>
    <message>
        <source>Below is your letter</source>
        <translation>Poniżej jest Twój list</translation>
    </message>
    <message numerus="yes">
        <source>Below are %n letters, one for each child</source>
        <translation>
            <numerusform>Poniżej jest %n list, po jednym dla każdego dziecka</numerusform>
            <numerusform>Poniżej są %n listy, po jednym dla każdego dziecka</numerusform>
            <numerusform>Poniżej jest %n listów, po jednym dla każdego dziecka</numerusform>
        </translation>
    </message>
    <message>
        <source>, with the form to sign</source>
        <translation>, z formularzem do podpisu</translation>
    </message>
    <message numerus="yes">
        <source>, with %n forms to sign</source>
        <translation>
            <numerusform>, z %n formularzem do podpisu</numerusform>
            <numerusform>, z %n formularzami do podpisu</numerusform>
            <numerusform>, z %n formularzami do podpisu</numerusform>
        </translation>
    </message>
    <message>
        <source>your letter of {date}</source>
        <translation>Twój list z {date}</translation>
    </message>
    <message>
        <source>your first letter</source>
        <translation>Twój pierwszy list</translation>
    </message>
    <message>
        <source>Your letter says a copy of {first} is enclosed: put one in the envelope.</source>
        <translation>Twój list mówi, że dołączono kopię (to: {first}): włóż ją do koperty.</translation>
    </message>
    <message>
        <source>A copy of {first} follows it.</source>
        <translation>Po nim jest kopia (to: {first}).</translation>
    </message>
    <message>
        <source>, followed by a copy of {first}</source>
        <translation>, a po nim kopia (to: {first})</translation>
    </message>
    <message>
        <source>npdrights has no copy of {first} it can print: put a copy in the envelope yourself.</source>
        <translation>npdrights nie ma kopii do wydruku (to: {first}): włóż kopię do koperty samodzielnie.</translation>
    </message>
    <message>
        <source>{letters}{forms}. They print together.</source>
        <translation>{letters}{forms}. Drukują się razem.</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Twój list</translation>
    </message>
    <message>
        <source>Letter preview, full window</source>
        <translation>Podgląd listu na całym oknie</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Zapisano jako {path}.</translation>
    </message>
    <message>
        <source>The letter&apos;s text is on the clipboard.</source>
        <translation>Tekst listu jest w schowku.</translation>
    </message>
    <message>
        <source>The organisation&apos;s address is too long to fit in an envelope window. Go back and shorten its lines.</source>
        <translation>Adres organizacji jest za długi, by zmieścić się w okienku koperty. Wróć i skróć jego wiersze.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print: {what}</source>
        <translation>Drukuj: {what}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Pliki PDF</translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation>Nie udało się zapisać tam pliku ({reason}). Wybierz inny folder.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>write your full name</source>
        <translation>wpisz swoje imię i nazwisko</translation>
    </message>
    <message>
        <source>give your postal address, one line per item</source>
        <translation>podaj adres pocztowy, każdą część w osobnym wierszu</translation>
    </message>
    <message>
        <source>not an email address (expected name@example.org)</source>
        <translation>to nie jest adres e-mail (oczekiwano imie@example.org)</translation>
    </message>
    <message>
        <source>name the charity or service you advise for</source>
        <translation>podaj nazwę organizacji lub służby, w której doradzasz</translation>
    </message>
    <message>
        <source>write the pupil&apos;s full name</source>
        <translation>wpisz imię i nazwisko ucznia</translation>
    </message>
    <message>
        <source>after the letter&apos;s date ({dated}): check the year</source>
        <translation>ta data jest późniejsza niż data listu ({dated}): sprawdź rok</translation>
    </message>
    <message>
        <source>{year} is not a year between {first} and {last}</source>
        <translation>rok {year} nie mieści się między {first} a {last}</translation>
    </message>
    <message>
        <source>earlier than from_year: check the two years</source>
        <translation>rok końcowy jest wcześniejszy niż rok początkowy: sprawdź oba lata</translation>
    </message>
    <message>
        <source>type the day, month and year</source>
        <translation>wpisz dzień, miesiąc i rok</translation>
    </message>
    <message>
        <source>write the school&apos;s name, or remove the school</source>
        <translation>wpisz nazwę szkoły albo usuń szkołę</translation>
    </message>
    <message>
        <source>tick at least one, or write your reasons in your own words</source>
        <translation>zaznacz co najmniej jeden albo opisz powody własnymi słowami</translation>
    </message>
    <message>
        <source>privacy in general is true of every pupil, and the law needs a reason particular to your child. Tick one that fits, or write what makes your child&apos;s situation different in your own words</source>
        <translation>prywatność w ogóle dotyczy każdego ucznia, a prawo wymaga powodu dotyczącego właśnie Twojego dziecka. Zaznacz pasujący powód albo opisz własnymi słowami, czym różni się sytuacja Twojego dziecka</translation>
    </message>
    <message>
        <source>tick at least one reason</source>
        <translation>zaznacz co najmniej jeden powód</translation>
    </message>
    <message>
        <source>fill in at least one correction</source>
        <translation>wypełnij co najmniej jedną poprawkę</translation>
    </message>
    <message>
        <source>say what is wrong, for example &apos;surname&apos;</source>
        <translation>napisz, co jest błędne, na przykład „nazwisko”</translation>
    </message>
    <message>
        <source>say what the record says now</source>
        <translation>napisz, co teraz jest zapisane</translation>
    </message>
    <message>
        <source>say what it should say</source>
        <translation>napisz, co powinno być zapisane</translation>
    </message>
    <message>
        <source>choose what you want to do</source>
        <translation>wybierz, co chcesz zrobić</translation>
    </message>
    <message>
        <source>this case has not been marked as sent yet: mark it as sent first</source>
        <translation>ta sprawa nie jest jeszcze oznaczona jako wysłana: najpierw zaznacz wysłanie</translation>
    </message>
    <message>
        <source>give the day, month and year you sent your letter</source>
        <translation>podaj dzień, miesiąc i rok wysłania listu</translation>
    </message>
    <message>
        <source>this date is in the future: check the year</source>
        <translation>ta data jest w przyszłości: sprawdź rok</translation>
    </message>
    <message>
        <source>choose who is asking</source>
        <translation>wybierz, kto pyta</translation>
    </message>
    <message>
        <source>add yourself</source>
        <translation>dodaj siebie</translation>
    </message>
    <message>
        <source>add at least one child</source>
        <translation>dodaj co najmniej jedno dziecko</translation>
    </message>
    <message>
        <source>asking about yourself, the letter is about one person: remove the others</source>
        <translation>pytasz o siebie, więc list dotyczy jednej osoby: usuń pozostałe</translation>
    </message>
    <message>
        <source>write the organisation&apos;s name</source>
        <translation>wpisz nazwę organizacji</translation>
    </message>
    <message>
        <source>give its postal address, one line per item</source>
        <translation>podaj jej adres pocztowy, każdą część w osobnym wierszu</translation>
    </message>
    <message>
        <source>a UPN has 13 characters (a letter, then 12 more); {number} has {count}</source>
        <translation>numer UPN ma 13 znaków (litera, a potem 12 kolejnych); {number} ma {count}</translation>
    </message>
    <message>
        <source>{number} is not a UPN: it should be a letter, 11 digits, then a digit or a letter</source>
        <translation>{number} to nie jest numer UPN: powinien mieć literę, 11 cyfr, a potem cyfrę lub literę</translation>
    </message>
    <message>
        <source>{code} in UPN {number} is not a local-authority code the app knows (its list is from 2011); the check letter matches, so it is probably a newer council&apos;s code</source>
        <translation>{code} w numerze UPN {number} to nie jest znany aplikacji kod samorządu (jej lista pochodzi z 2011 r.); litera kontrolna się zgadza, więc to zapewne kod nowszego samorządu</translation>
    </message>
    <message>
        <source>{number} is not a UPN: {code} (characters 2 to 4) is not an English local-authority code</source>
        <translation>{number} to nie jest numer UPN: {code} (znaki od 2 do 4) to nie jest kod angielskiego samorządu</translation>
    </message>
    <message>
        <source>{number} is not a UPN: the first letter does not match the rest; check each character for a typo</source>
        <translation>{number} to nie jest numer UPN: pierwsza litera nie pasuje do reszty; sprawdź każdy znak, czy nie ma literówki</translation>
    </message>
    <message>
        <source>a ULN is 10 digits; {number} is not</source>
        <translation>numer ULN ma 10 cyfr; {number} nie ma</translation>
    </message>
    <message>
        <source>The from year {value} is not a number npdrights can use.</source>
        <translation>Rok rozpoczęcia {value} to liczba, której npdrights nie może użyć.</translation>
    </message>
    <message>
        <source>The to year {value} is not a number npdrights can use.</source>
        <translation>Rok zakończenia {value} to liczba, której npdrights nie może użyć.</translation>
    </message>
    <message>
        <source>The extension months {value} is not a number npdrights can use.</source>
        <translation>Liczba miesięcy przedłużenia {value} to liczba, której npdrights nie może użyć.</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <source>A maintained school (run by the council)</source>
        <translation>Szkoła publiczna prowadzona przez samorząd (maintained school)</translation>
    </message>
    <message>
        <source>A non-maintained special school</source>
        <translation>Niepubliczna szkoła specjalna (non-maintained special school)</translation>
    </message>
    <message>
        <source>An academy or free school</source>
        <translation>Akademia lub szkoła typu free school</translation>
    </message>
    <message>
        <source>An independent (private) school</source>
        <translation>Szkoła niezależna (prywatna)</translation>
    </message>
    <message>
        <source>An academy trust</source>
        <translation>Fundacja prowadząca akademie (academy trust)</translation>
    </message>
    <message>
        <source>A local authority (council)</source>
        <translation>Samorząd lokalny (council)</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>Inna organizacja</translation>
    </message>
    <message>
        <source>Who does it go to?</source>
        <translation>Do kogo to wysłać?</translation>
    </message>
    <message>
        <source>The Department for Education (DfE) controls the National Pupil Database, so it must answer for it, not the school. Schools, academy trusts and councils hold their own records and answer for those.</source>
        <translation>Departament Edukacji (DfE) zarządza Krajową Bazą Danych Uczniów (National Pupil Database), więc to on musi za nią odpowiadać, a nie szkoła. Szkoły, fundacje akademii i samorządy mają własne dane i odpowiadają za nie.</translation>
    </message>
    <message>
        <source>The &amp;Department for Education: the National Pupil Database</source>
        <translation>&amp;Departament Edukacji (DfE): Krajowa Baza Danych Uczniów</translation>
    </message>
    <message>
        <source>Everything the DfE holds about the pupil, and who it has given it to. Most people start here.</source>
        <translation>Wszystko, co DfE ma o uczniu, i komu to przekazał. Większość osób zaczyna tutaj.</translation>
    </message>
    <message>
        <source>The &amp;Learning Records Service: the learning record</source>
        <translation>&amp;Learning Records Service: rejestr nauki</translation>
    </message>
    <message>
        <source>Qualifications and courses from age 14, found by the Unique Learner Number. The letter goes to the DfE, which runs the service.</source>
        <translation>Kwalifikacje i kursy od 14. roku życia, wyszukiwane po numerze ULN. List trafia do DfE, który prowadzi tę usługę.</translation>
    </message>
    <message>
        <source>A &amp;school, academy trust, council or other organisation</source>
        <translation>&amp;Szkoła, fundacja akademii, samorząd lub inna organizacja</translation>
    </message>
    <message>
        <source>What it holds in its own records.</source>
        <translation>To, co ma we własnych danych.</translation>
    </message>
    <message>
        <source>Send it to</source>
        <translation>Wyślij do</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>Sprawdź adres</translation>
    </message>
    <message>
        <source>Address used: {address}</source>
        <translation>Użyty adres: {address}</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Saved organisations</source>
        <translation>Zapisane organizacje</translation>
    </message>
    <message>
        <source>A new organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <source>Organisation&apos;s name</source>
        <translation>Nazwa organizacji</translation>
    </message>
    <message>
        <source>Organisation&apos;s address</source>
        <translation>Adres organizacji</translation>
    </message>
    <message>
        <source>Organisation&apos;s postcode</source>
        <translation>Kod pocztowy organizacji</translation>
    </message>
    <message>
        <source>Organisation&apos;s email (optional)</source>
        <translation>E-mail organizacji (opcjonalnie)</translation>
    </message>
    <message>
        <source>What kind of organisation</source>
        <translation>Rodzaj organizacji</translation>
    </message>
    <message>
        <source>Sa&amp;ved</source>
        <translation>&amp;Zapisane</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>For example: Exampleton Primary School, or Exampleshire County Council.</source>
        <translation>Na przykład: Exampleton Primary School albo Exampleshire County Council.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>One line for each part, without the postcode.</source>
        <translation>Każda część w osobnym wierszu, bez kodu pocztowego.</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Kod pocztowy</translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation>&amp;E-mail (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>A maintained school must also show a parent the educational record.</source>
        <translation>Szkoła publiczna musi też pokazać rodzicowi dokumentację edukacyjną (educational record).</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>To check you have it, type the first &amp;group on line {line}:</source>
        <translation>Aby sprawdzić, że go masz, wpisz pierwszą &amp;grupę z wiersza {line}:</translation>
    </message>
    <message>
        <source>To check you have it, type the second &amp;group on line {line}:</source>
        <translation>Aby sprawdzić, że go masz, wpisz drugą &amp;grupę z wiersza {line}:</translation>
    </message>
    <message>
        <source>To check you have it, type the third &amp;group on line {line}:</source>
        <translation>Aby sprawdzić, że go masz, wpisz trzecią &amp;grupę z wiersza {line}:</translation>
    </message>
    <message>
        <source>To check you have it, type the fourth &amp;group on line {line}:</source>
        <translation>Aby sprawdzić, że go masz, wpisz czwartą &amp;grupę z wiersza {line}:</translation>
    </message>
    <message>
        <source>That isn&apos;t the first group on line {line}. Check it against your copy.</source>
        <translation>To nie jest pierwsza grupa z wiersza {line}. Porównaj ją ze swoją kopią.</translation>
    </message>
    <message>
        <source>That isn&apos;t the second group on line {line}. Check it against your copy.</source>
        <translation>To nie jest druga grupa z wiersza {line}. Porównaj ją ze swoją kopią.</translation>
    </message>
    <message>
        <source>That isn&apos;t the third group on line {line}. Check it against your copy.</source>
        <translation>To nie jest trzecia grupa z wiersza {line}. Porównaj ją ze swoją kopią.</translation>
    </message>
    <message>
        <source>That isn&apos;t the fourth group on line {line}. Check it against your copy.</source>
        <translation>To nie jest czwarta grupa z wiersza {line}. Porównaj ją ze swoją kopią.</translation>
    </message>
    <message>
        <source>Keep your recovery code safe</source>
        <translation>Przechowuj kod odzyskiwania w bezpiecznym miejscu</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way to open your cases. Write it down, or print it, and keep it away from this computer. It will not be shown again.</source>
        <translation>Jeśli kiedyś zapomnisz hasła, ten kod będzie jedynym sposobem, by otworzyć Twoje sprawy. Zapisz go albo wydrukuj i trzymaj z dala od tego komputera. Nie zostanie pokazany ponownie.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>The sheet you save or print is in English. It shows this code and says the same as this screen: keep it safe, away from this computer, as it is the only other way to open your cases.</source>
        <translation>Arkusz, który zapiszesz lub wydrukujesz, jest po angielsku. Zawiera ten kod i mówi to samo, co ten ekran: przechowuj go w bezpiecznym miejscu, z dala od tego komputera, bo to jedyny inny sposób, by otworzyć Twoje sprawy.</translation>
    </message>
    <message>
        <source>If you lose both your passphrase and this code, nobody can open your cases: not you, not us. There is no back door.</source>
        <translation>Jeśli stracisz i hasło, i ten kod, nikt nie otworzy Twoich spraw: ani Ty, ani my. Nie ma tylnych drzwi.</translation>
    </message>
    <message>
        <source>Group of the recovery code</source>
        <translation>Grupa kodu odzyskiwania</translation>
    </message>
    <message>
        <source>I have kept my recovery code – &amp;continue</source>
        <translation>Kod odzyskiwania jest bezpieczny – &amp;dalej</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Press and media</source>
        <translation>Prasa i media</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Firmy komercyjne</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Badania naukowe</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Administracja rządowa</translation>
    </message>
    <message>
        <source>Home Office</source>
        <translation>Home Office (MSW)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policja</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Nakaz sądowy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Tiers of data</source>
        <translation>Poziomy danych</translation>
    </message>
    <message>
        <source>Approved by the Data Sharing Approvals Panel</source>
        <translation>Zatwierdzone przez Data Sharing Approvals Panel</translation>
    </message>
    <message>
        <source>Regular data-sharing agreements</source>
        <translation>Stałe umowy o udostępnianiu danych</translation>
    </message>
    <message>
        <source>NPD requests approved before April 2018</source>
        <translation>Wnioski o dane NPD zatwierdzone przed kwietniem 2018</translation>
    </message>
    <message>
        <source>NPD requests completed</source>
        <translation>Zrealizowane wnioski o dane NPD</translation>
    </message>
    <message>
        <source>NPD requests still open</source>
        <translation>Wnioski o dane NPD wciąż otwarte</translation>
    </message>
    <message>
        <source>NPD live cases</source>
        <translation>Bieżące sprawy NPD</translation>
    </message>
    <message>
        <source>Police and criminal investigations</source>
        <translation>Policja i postępowania karne</translation>
    </message>
    <message>
        <source>Court orders</source>
        <translation>Nakazy sądowe</translation>
    </message>
    <message>
        <source>Other sheet</source>
        <translation>Inny arkusz</translation>
    </message>
    <message>
        <source>Public record</source>
        <translation>Źródła publiczne</translation>
    </message>
</context>
<context>
    <name>RegisterCompare</name>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>Not known: the register does not say which years of data this release covered. Ask the DfE.</source>
        <translation>Nie wiadomo: rejestr nie podaje, z których lat dane obejmowało to przekazanie. Zapytaj DfE.</translation>
    </message>
    <message>
        <source>Possibly: it covered {covered}, and the child was at school in {both}. Only the DfE can say whether the child&apos;s record was in it.</source>
        <translation>Możliwe: obejmowało lata {covered}, a dziecko chodziło do szkoły w latach {both}. Tylko DfE może powiedzieć, czy były w nim dane dziecka.</translation>
    </message>
    <message>
        <source>Unlikely: it covered {covered}, outside the child&apos;s school years.</source>
        <translation>Mało prawdopodobne: obejmowało lata {covered}, poza latami szkolnymi dziecka.</translation>
    </message>
</context>
<context>
    <name>RegisterExplorer</name>
    <message>
        <source>Who has been given pupil data – npdrights</source>
        <translation>Kto dostał dane uczniów – npdrights</translation>
    </message>
    <message>
        <source>The Department for Education publishes a register of the organisations it has given National Pupil Database data to. npdrights starts with releases known from public sources. For the full list, download the latest “DfE external data shares” file from GOV.UK and import it here.</source>
        <translation>Departament Edukacji (DfE) publikuje rejestr organizacji, którym przekazał dane z Krajowej Bazy Danych Uczniów (NPD). npdrights zaczyna od przekazań znanych ze źródeł publicznych. Aby zobaczyć pełną listę, pobierz najnowszy plik „DfE external data shares” z GOV.UK i zaimportuj go tutaj.</translation>
    </message>
    <message>
        <source>&amp;Import the DfE&apos;s register file…</source>
        <translation>&amp;Zaimportuj plik rejestru DfE…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation>Rodzaj odbiorcy</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Od roku</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Do roku</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Dowolny poziom</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Poziom {tier}</translation>
    </message>
    <message>
        <source>Tier of data</source>
        <translation>Poziom danych</translation>
    </message>
    <message>
        <source>Identifiable data only</source>
        <translation>Tylko dane umożliwiające identyfikację</translation>
    </message>
    <message>
        <source>Dataset, e.g. exclusions</source>
        <translation>Zbiór danych, np. wykluczenia</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Zbiór danych</translation>
    </message>
    <message>
        <source>Search names, references, purposes</source>
        <translation>Szukaj w nazwach, numerach, celach</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>do:</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Przekazania danych</translation>
    </message>
    <message>
        <source>Releases per year, by type of recipient</source>
        <translation>Przekazania danych w poszczególnych latach, według rodzaju odbiorcy</translation>
    </message>
    <message>
        <source>The release</source>
        <translation>Przekazanie danych</translation>
    </message>
    <message>
        <source>Choose a release in the list.</source>
        <translation>Wybierz przekazanie danych z listy.</translation>
    </message>
    <message>
        <source>Keep this type</source>
        <translation>Zostaw ten rodzaj</translation>
    </message>
    <message>
        <source>Change to: {type}</source>
        <translation>Zmień na: {type}</translation>
    </message>
    <message>
        <source>Go back to npdrights’ own guess</source>
        <translation>Wróć do oceny npdrights</translation>
    </message>
    <message>
        <source>Correct the type</source>
        <translation>Popraw rodzaj</translation>
    </message>
    <message>
        <source>Could my child&apos;s data have been in this?</source>
        <translation>Czy dane mojego dziecka mogły tu być?</translation>
    </message>
    <message>
        <source>First year at school</source>
        <translation>Pierwszy rok w szkole</translation>
    </message>
    <message>
        <source>Last year at school</source>
        <translation>Ostatni rok w szkole</translation>
    </message>
    <message>
        <source>Type the years your child was at school in England.</source>
        <translation>Wpisz lata, w których Twoje dziecko chodziło do szkoły w Anglii.</translation>
    </message>
    <message>
        <source>First year at &amp;school:</source>
        <translation>Pierwszy rok w &amp;szkole:</translation>
    </message>
    <message>
        <source>&amp;Last year at school:</source>
        <translation>&amp;Ostatni rok w szkole:</translation>
    </message>
    <message>
        <source>Ask this &amp;organisation what it holds…</source>
        <translation>Zapytaj tę &amp;organizację, jakie ma dane…</translation>
    </message>
    <message>
        <source>Ask the &amp;DfE about this release…</source>
        <translation>Zapytaj &amp;DfE o to przekazanie…</translation>
    </message>
    <message>
        <source>O&amp;bject, naming this recipient…</source>
        <translation>&amp;Sprzeciw, ze wskazaniem tego odbiorcy…</translation>
    </message>
    <message>
        <source>Showing all {total} releases.</source>
        <translation>Pokazano wszystkie przekazania: {total}.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} releases.</source>
        <translation>Pokazano {shown} z {total} przekazań.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) chosen</source>
        <translation>
            <numerusform>Wybrano %n przekazanie</numerusform>
            <numerusform>Wybrano %n przekazania</numerusform>
            <numerusform>Wybrano %n przekazań</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the first and last years your child was at school in England.</source>
        <translation>Wpisz pierwszy i ostatni rok, w którym Twoje dziecko chodziło do szkoły w Anglii.</translation>
    </message>
    <message>
        <source>The first year is after the last year: check the two years.</source>
        <translation>Pierwszy rok jest późniejszy niż ostatni: sprawdź oba lata.</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Arkusze kalkulacyjne</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>Import the DfE&apos;s register</source>
        <translation>Zaimportuj rejestr DfE</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importowanie {name}…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie zaimportowano</translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation>Zaimportowano rejestr</translation>
    </message>
    <message>
        <source>{name} was imported before: nothing has changed.</source>
        <translation>Plik {name} był już zaimportowany: nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Imported {name}: {added} new releases, {updated} updated.</source>
        <translation>Zaimportowano {name}: nowe przekazania: {added}, zaktualizowane: {updated}.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolny</translation>
    </message>
    <message>
        <source>Date: {day}</source>
        <translation>Data: {day}</translation>
    </message>
    <message>
        <source>Date, as written: {text}</source>
        <translation>Data w zapisie oryginalnym: {text}</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Numer: {reference}</translation>
    </message>
    <message>
        <source>What for: {purpose}</source>
        <translation>W jakim celu: {purpose}</translation>
    </message>
    <message>
        <source>Years of data: {first}–{last}</source>
        <translation>Lata, z których pochodzą dane: {first}–{last}</translation>
    </message>
    <message>
        <source>{tier} (identifiable)</source>
        <translation>{tier} (umożliwia identyfikację)</translation>
    </message>
    <message>
        <source>Identifiable data</source>
        <translation>Dane umożliwiające identyfikację</translation>
    </message>
    <message>
        <source>Not identifiable (pseudonymised or aggregated)</source>
        <translation>Nie umożliwiają identyfikacji (spseudonimizowane lub zbiorcze)</translation>
    </message>
    <message>
        <source>Datasets: {datasets}</source>
        <translation>Zbiory danych: {datasets}</translation>
    </message>
    <message>
        <source>Legal basis given: {basis}</source>
        <translation>Podana podstawa prawna: {basis}</translation>
    </message>
    <message>
        <source>Listed in: {sheet}</source>
        <translation>Wymienione w: {sheet}</translation>
    </message>
    <message>
        <source>Source: {source} (checked {day})</source>
        <translation>Źródło: {source} (sprawdzono {day})</translation>
    </message>
    <message>
        <source>Imported from: {source}</source>
        <translation>Zaimportowano z: {source}</translation>
    </message>
</context>
<context>
    <name>RegisterFile</name>
    <message>
        <source>npdrights could not read the register it had saved (after an update, or because the file was damaged), so it has started again from its built-in public record. Import the DfE&apos;s register file again.</source>
        <translation>npdrights nie mógł odczytać zapisanego rejestru (po aktualizacji albo z powodu uszkodzenia pliku), więc zaczął od nowa od wbudowanych źródeł publicznych. Zaimportuj ponownie plik rejestru DfE.</translation>
    </message>
    <message>
        <source>npdrights found no releases in {name}: no sheet had a row of column names with an organisation or a reference. Check it is the DfE&apos;s “external data shares” file from GOV.UK.</source>
        <translation>npdrights nie znalazł żadnych przekazań w pliku {name}: żaden arkusz nie miał wiersza z nazwami kolumn zawierającego organizację lub numer. Sprawdź, czy to plik DfE „external data shares” z GOV.UK.</translation>
    </message>
    <message>
        <source>Download it again from the DfE&apos;s “external data shares” page on GOV.UK, then import that copy.</source>
        <translation>Pobierz go ponownie ze strony DfE „external data shares” na GOV.UK i zaimportuj tę kopię.</translation>
    </message>
    <message>
        <source>{name} is {size} MB, too big to be the DfE&apos;s register (the largest edition is well under 1 MB; npdrights reads up to {most} MB). Check you chose the right file.</source>
        <translation>{name} ma {size} MB, za dużo jak na rejestr DfE (największe wydanie ma znacznie mniej niż 1 MB; npdrights czyta do {most} MB). Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
    <message>
        <source>{name} is a folder. Choose the register file inside it.</source>
        <translation>{name} to folder. Wybierz plik rejestru, który jest w środku.</translation>
    </message>
    <message>
        <source>npdrights could not open {name} ({reason}). Check the file is still there and that you can open it.</source>
        <translation>npdrights nie mógł otworzyć pliku {name} ({reason}). Sprawdź, czy plik nadal tam jest i czy możesz go otworzyć.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>Plik {name} jest pusty.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet npdrights can read. The DfE publishes its register as an ODS spreadsheet.</source>
        <translation>{name} nie jest arkuszem kalkulacyjnym, który npdrights potrafi odczytać. DfE publikuje swój rejestr jako arkusz ODS.</translation>
    </message>
    <message>
        <source>{name} is damaged: it is cut short or changed.</source>
        <translation>Plik {name} jest uszkodzony: jest ucięty albo zmieniony.</translation>
    </message>
    <message>
        <source>{name} holds {count} packed files, far more than a spreadsheet does. npdrights did not read it, in case it was made to fill the computer&apos;s memory.</source>
        <translation>{name} zawiera spakowane pliki w liczbie {count}, o wiele więcej niż arkusz kalkulacyjny. npdrights go nie odczytał, na wypadek gdyby miał zapełnić pamięć komputera.</translation>
    </message>
    <message>
        <source>{name} would unpack to {size} MB, far more than any edition of the register. npdrights did not read it, in case it was made to fill the computer&apos;s memory.</source>
        <translation>Po rozpakowaniu {name} miałby {size} MB, o wiele więcej niż jakiekolwiek wydanie rejestru. npdrights go nie odczytał, na wypadek gdyby miał zapełnić pamięć komputera.</translation>
    </message>
    <message>
        <source>{name} is a packed file, but not a spreadsheet (ODS or XLSX). If it is a zip of the DfE&apos;s files, unpack it first and import the spreadsheet inside.</source>
        <translation>{name} to plik spakowany, ale nie arkusz kalkulacyjny (ODS ani XLSX). Jeśli to archiwum zip z plikami DfE, najpierw je rozpakuj i zaimportuj arkusz ze środka.</translation>
    </message>
    <message>
        <source>This spreadsheet is protected by a password. Open it, save a copy without one, and import that.</source>
        <translation>Ten arkusz jest chroniony hasłem. Otwórz go, zapisz kopię bez hasła i zaimportuj ją.</translation>
    </message>
    <message>
        <source>npdrights could not read this {kind} file: it is damaged or not really a spreadsheet.</source>
        <translation>npdrights nie mógł odczytać tego pliku {kind}: jest uszkodzony albo nie jest naprawdę arkuszem kalkulacyjnym.</translation>
    </message>
    <message>
        <source>npdrights could not read this CSV file (line {line}: {detail}). Open it in a spreadsheet program and save it again as CSV, or import the original ODS file.</source>
        <translation>npdrights nie mógł odczytać tego pliku CSV (wiersz {line}: {detail}). Otwórz go w programie do arkuszy i zapisz ponownie jako CSV albo zaimportuj oryginalny plik ODS.</translation>
    </message>
    <message>
        <source>This file has more than {most} rows, far more than any edition of the register. npdrights did not import it. Check you chose the right file.</source>
        <translation>Ten plik ma ponad {most} wierszy, o wiele więcej niż jakiekolwiek wydanie rejestru. npdrights go nie zaimportował. Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
</context>
<context>
    <name>RegisterLetters</name>
    <message>
        <source>Unlock npdrights first: letters and cases are kept in your encrypted vault. The register stays open.</source>
        <translation>Najpierw odblokuj npdrights: listy i sprawy są przechowywane w Twoim zaszyfrowanym sejfie. Rejestr pozostaje otwarty.</translation>
    </message>
</context>
<context>
    <name>ReleasesBox</name>
    <message>
        <source>Releases this letter asks about</source>
        <translation>Przekazania danych, o które pyta ten list</translation>
    </message>
    <message>
        <source>From the register of data shares. Untick any you don&apos;t want named in the letter.</source>
        <translation>Z rejestru udostępnień danych. Odznacz te, których nie chcesz wymieniać w liście.</translation>
    </message>
    <message>
        <source>Name in the letter: {release}</source>
        <translation>Wymień w liście: {release}</translation>
    </message>
    <message>
        <source>Recipient not named</source>
        <translation>Odbiorca niewymieniony</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>numer {reference}</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <source>Given to</source>
        <translation>Komu przekazano</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>W jakim celu</translation>
    </message>
    <message>
        <source>Years of data</source>
        <translation>Lata danych</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>{type} (inferred)</source>
        <translation>{type} (przypuszczalnie)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Poziom {tier}</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <source>Your reminder of {sent} asked {body} to reply by {due}: ten working days, a fair time the app suggests rather than a legal deadline. If it hasn&apos;t replied by then, the next step is a complaint to it.</source>
        <translation>W przypomnieniu z {sent} prosisz adresata ({body}) o odpowiedź do {due}: to dziesięć dni roboczych – rozsądny czas, który proponuje aplikacja, a nie termin z ustawy. Jeśli do tego dnia nie będzie odpowiedzi, następny krok to skarga do adresata.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup file</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Check the backup</source>
        <translation>&amp;Sprawdź kopię</translation>
    </message>
    <message>
        <source>Choose a backup file made with “Back up to a file…” and type the passphrase you gave it. npdrights checks all of it first and shows you what it holds; nothing changes until you choose Restore.</source>
        <translation>Wybierz plik kopii zapasowej zrobiony poleceniem „Zrób kopię zapasową do pliku…” i wpisz hasło, które mu nadałeś. npdrights najpierw sprawdzi go w całości i pokaże, co zawiera; nic się nie zmieni, dopóki nie wybierzesz Przywróć.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>&amp;Plik kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>&amp;Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>New vault passphrase</source>
        <translation>Hasło nowego sejfu</translation>
    </message>
    <message>
        <source>New vault passphrase again</source>
        <translation>Hasło nowego sejfu jeszcze raz</translation>
    </message>
    <message>
        <source>&amp;New vault passphrase</source>
        <translation>Hasło &amp;nowego sejfu</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>&amp;Add the backup&apos;s cases to this vault</source>
        <translation>&amp;Dodaj sprawy z kopii do tego sejfu</translation>
    </message>
    <message>
        <source>&amp;Replace everything in this vault with the backup</source>
        <translation>&amp;Zastąp całą zawartość tego sejfu kopią</translation>
    </message>
    <message>
        <source>Adding never overwrites: a case that is already here stays as it is.</source>
        <translation>Dodawanie niczego nie nadpisuje: sprawa, która już tu jest, zostaje bez zmian.</translation>
    </message>
    <message>
        <source>Replacing keeps a copy of what the vault holds now in its snapshot folder.</source>
        <translation>Przy zastępowaniu kopia obecnej zawartości sejfu zostaje w folderze migawek.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>Choose the backup file and type its passphrase.</source>
        <translation>Wybierz plik kopii zapasowej i wpisz jego hasło.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sprawdzanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>The backup is complete and undamaged.</source>
        <translation>Kopia zapasowa jest kompletna i nieuszkodzona.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its cases are already in this vault and will be left as they are: {references}.</source>
        <translation>
            <numerusform>%n z jej spraw jest już w tym sejfie i zostanie bez zmian: {references}.</numerusform>
            <numerusform>%n z jej spraw są już w tym sejfie i zostaną bez zmian: {references}.</numerusform>
            <numerusform>%n z jej spraw jest już w tym sejfie i zostanie bez zmian: {references}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Przywracanie…</translation>
    </message>
    <message>
        <source>Added {cases}, {events}, {letters} and {attachments}.</source>
        <translation>Dodano: {cases}, {events}, {letters} i {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n zdarzenie</numerusform>
            <numerusform>%n zdarzenia</numerusform>
            <numerusform>%n zdarzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n list</numerusform>
            <numerusform>%n listy</numerusform>
            <numerusform>%n listów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n załącznik</numerusform>
            <numerusform>%n załączniki</numerusform>
            <numerusform>%n załączników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) from the backup were already in this vault and were left as they were: {references}.</source>
        <translation>
            <numerusform>%n sprawa z kopii była już w tym sejfie i została bez zmian: {references}.</numerusform>
            <numerusform>%n sprawy z kopii były już w tym sejfie i zostały bez zmian: {references}.</numerusform>
            <numerusform>%n spraw z kopii było już w tym sejfie i zostało bez zmian: {references}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), household(s) or organisation(s) already in this vault had different details in the backup; your vault&apos;s details were kept.</source>
        <translation>
            <numerusform>%n osoba, gospodarstwo domowe lub organizacja z tego sejfu miała w kopii inne dane; zachowano dane z Twojego sejfu.</numerusform>
            <numerusform>%n osoby, gospodarstwa domowe lub organizacje z tego sejfu miały w kopii inne dane; zachowano dane z Twojego sejfu.</numerusform>
            <numerusform>%n osób, gospodarstw domowych lub organizacji z tego sejfu miało w kopii inne dane; zachowano dane z Twojego sejfu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Cases to delete under your retention policy</source>
        <translation>Sprawy do usunięcia zgodnie z Twoimi zasadami przechowywania</translation>
    </message>
    <message>
        <source>The law says personal data is kept no longer than it is needed (UK GDPR Article 5(1)(e)). Your organisation decides how long that is. Cases are listed here once they have been closed for that long; nothing is deleted until you confirm. The policy itself is set under {where}.</source>
        <translation>Prawo mówi, że dane osobowe przechowuje się nie dłużej, niż są potrzebne (UK GDPR, art. 5 ust. 1 lit. e). Twoja organizacja decyduje, jak długo to trwa. Sprawy pojawiają się tutaj, gdy są zamknięte od tak dawna; nic nie zostanie usunięte, dopóki tego nie potwierdzisz. Same zasady ustawia się w menu {where}.</translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation>Kogo dotyczy</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <source>Past the policy since</source>
        <translation>Po terminie od</translation>
    </message>
    <message>
        <source>Cases past the retention policy</source>
        <translation>Sprawy po terminie przechowywania</translation>
    </message>
    <message>
        <source>&amp;Back up first…</source>
        <translation>Najpierw zrób &amp;kopię zapasową…</translation>
    </message>
    <message>
        <source>Keep a copy in a backup file, in case these cases are needed again</source>
        <translation>Zachowaj kopię w pliku kopii zapasowej, gdyby te sprawy były jeszcze potrzebne</translation>
    </message>
    <message>
        <source>&amp;Delete these cases…</source>
        <translation>&amp;Usuń te sprawy…</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nieznane)</translation>
    </message>
    <message>
        <source>No retention policy: closed cases are kept until someone deletes them.</source>
        <translation>Brak zasad przechowywania: zamknięte sprawy są przechowywane, dopóki ktoś ich nie usunie.</translation>
    </message>
    <message>
        <source>You can set one under {where}.</source>
        <translation>Możesz je ustawić w menu {where}.</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are due for deletion %n year(s) after they were closed.</source>
        <translation>
            <numerusform>Zamknięte sprawy należy usunąć %n rok po ich zamknięciu.</numerusform>
            <numerusform>Zamknięte sprawy należy usunąć %n lata po ich zamknięciu.</numerusform>
            <numerusform>Zamknięte sprawy należy usunąć %n lat po ich zamknięciu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past it today.</source>
        <translation>
            <numerusform>Dziś po terminie jest %n sprawa.</numerusform>
            <numerusform>Dziś po terminie są %n sprawy.</numerusform>
            <numerusform>Dziś po terminie jest %n spraw.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case is past it today.</source>
        <translation>Dziś żadna sprawa nie jest po terminie.</translation>
    </message>
    <message>
        <source>Delete these cases</source>
        <translation>Usuń te sprawy</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n case(s) for good, with their letters and attachments? This can&apos;t be undone here. If they may be needed again, choose Cancel and keep a copy with Back up first… before deleting. The audit trail will keep that each case was deleted, not who it was about.</source>
        <translation>
            <numerusform>Usunąć na zawsze %n sprawę, z jej listami i załącznikami? Tutaj nie da się tego cofnąć. Jeśli może być jeszcze potrzebna, wybierz Anuluj i przed usunięciem zachowaj kopię przyciskiem „Najpierw zrób kopię zapasową…”. Rejestr zmian zapisze, że sprawę usunięto, ale nie kogo dotyczyła.</numerusform>
            <numerusform>Usunąć na zawsze %n sprawy, z ich listami i załącznikami? Tutaj nie da się tego cofnąć. Jeśli mogą być jeszcze potrzebne, wybierz Anuluj i przed usunięciem zachowaj kopię przyciskiem „Najpierw zrób kopię zapasową…”. Rejestr zmian zapisze, że każdą sprawę usunięto, ale nie kogo dotyczyła.</numerusform>
            <numerusform>Usunąć na zawsze %n spraw, z ich listami i załącznikami? Tutaj nie da się tego cofnąć. Jeśli mogą być jeszcze potrzebne, wybierz Anuluj i przed usunięciem zachowaj kopię przyciskiem „Najpierw zrób kopię zapasową…”. Rejestr zmian zapisze, że każdą sprawę usunięto, ale nie kogo dotyczyła.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n case(s) with their letters and attachments.</source>
        <translation>
            <numerusform>Usunięto %n sprawę z jej listami i załącznikami.</numerusform>
            <numerusform>Usunięto %n sprawy z ich listami i załącznikami.</numerusform>
            <numerusform>Usunięto %n spraw z ich listami i załącznikami.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) named in no other case deleted too.</source>
        <translation>
            <numerusform>Usunięto też %n osobę, która nie występuje w żadnej innej sprawie.</numerusform>
            <numerusform>Usunięto też %n osoby, które nie występują w żadnej innej sprawie.</numerusform>
            <numerusform>Usunięto też %n osób, które nie występują w żadnej innej sprawie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies stay in the vault&apos;s daily snapshots until newer ones replace them: after the vault has been opened on %n more day(s), so {day} at the earliest. Backup files saved elsewhere, and copies kept aside before a restore, keep them until you delete those files.</source>
        <translation>
            <numerusform>Kopie zostają w codziennych migawkach sejfu, dopóki nie zastąpią ich nowsze: po otwarciu sejfu przez %n kolejny dzień, czyli najwcześniej {day}. Pliki kopii zapasowych zapisane gdzie indziej i kopie odłożone przed przywróceniem zachowują je, dopóki nie usuniesz tych plików.</numerusform>
            <numerusform>Kopie zostają w codziennych migawkach sejfu, dopóki nie zastąpią ich nowsze: po otwarciu sejfu przez %n kolejne dni, czyli najwcześniej {day}. Pliki kopii zapasowych zapisane gdzie indziej i kopie odłożone przed przywróceniem zachowują je, dopóki nie usuniesz tych plików.</numerusform>
            <numerusform>Kopie zostają w codziennych migawkach sejfu, dopóki nie zastąpią ich nowsze: po otwarciu sejfu przez %n kolejnych dni, czyli najwcześniej {day}. Pliki kopii zapasowych zapisane gdzie indziej i kopie odłożone przed przywróceniem zachowują je, dopóki nie usuniesz tych plików.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSetting</name>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>never (no policy)</source>
        <translation>nigdy (bez zasad)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete closed cases after this many years</source>
        <translation>Usuń zamknięte sprawy po tylu latach</translation>
    </message>
    <message>
        <source>&amp;Delete closed cases after</source>
        <translation>&amp;Usuń zamknięte sprawy po</translation>
    </message>
    <message>
        <source>Cases closed this long ago are listed under {where} for review. Nothing is deleted unasked.</source>
        <translation>Sprawy zamknięte tak dawno pojawiają się do przejrzenia w menu {where}. Nic nie zostanie usunięte bez pytania.</translation>
    </message>
    <message>
        <source>an adviser with the admin role</source>
        <translation>doradca z rolą administratora</translation>
    </message>
    <message>
        <source>Only an admin can change this: {who}.</source>
        <translation>Tylko administrator może to zmienić: {who}.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>{noun} {number}: {field}</source>
        <translation>{noun} {number}: {field}</translation>
    </message>
    <message>
        <source>Remove {noun} {number}</source>
        <translation>Usuń: {noun} {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{noun} {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{noun} {number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nazwa szkoły</translation>
    </message>
    <message>
        <source>From (year)</source>
        <translation>Od (rok)</translation>
    </message>
    <message>
        <source>To (year, blank if still there)</source>
        <translation>Do (rok; puste, jeśli nadal tam chodzi)</translation>
    </message>
    <message>
        <source>Local authority (council)</source>
        <translation>Samorząd lokalny (council)</translation>
    </message>
    <message>
        <source>Add a sc&amp;hool</source>
        <translation>Dodaj &amp;szkołę</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Szkoła</translation>
    </message>
    <message>
        <source>What is wrong (for example: surname, date of birth)</source>
        <translation>Co jest błędne (na przykład: nazwisko, data urodzenia)</translation>
    </message>
    <message>
        <source>What the record says now</source>
        <translation>Co teraz jest zapisane</translation>
    </message>
    <message>
        <source>What it should say</source>
        <translation>Co powinno być zapisane</translation>
    </message>
    <message>
        <source>Add &amp;another correction</source>
        <translation>Dodaj &amp;kolejną poprawkę</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Poprawka</translation>
    </message>
</context>
<context>
    <name>SavedPeople</name>
    <message>
        <source> (born {date})</source>
        <translation> (ur. {date})</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>How will you send it?</source>
        <translation>Jak to wyślesz?</translation>
    </message>
    <message>
        <source>The organisation&apos;s month to answer starts when your letter arrives. How you send it decides when that counts as being, so npdrights can tell you the right date to expect an answer.</source>
        <translation>Miesiąc na odpowiedź zaczyna się, gdy list dotrze do organizacji. Od sposobu wysłania zależy, kiedy uznaje się, że dotarł, więc npdrights poda Ci właściwą datę, kiedy spodziewać się odpowiedzi.</translation>
    </message>
    <message>
        <source>Send it by</source>
        <translation>Wyślij przez</translation>
    </message>
    <message>
        <source>Reply by p&amp;ost</source>
        <translation>Odpowiedź &amp;pocztą</translation>
    </message>
    <message>
        <source>To your address.</source>
        <translation>Na Twój adres.</translation>
    </message>
    <message>
        <source>Reply by e&amp;mail</source>
        <translation>Odpowiedź &amp;e-mailem</translation>
    </message>
    <message>
        <source>To the email address you gave. Large files may come by secure link.</source>
        <translation>Na podany adres e-mail. Duże pliki mogą przyjść jako bezpieczny link.</translation>
    </message>
    <message>
        <source>How you want the answer</source>
        <translation>Jak chcesz dostać odpowiedź</translation>
    </message>
    <message>
        <source>Print in &amp;large type ({points} point)</source>
        <translation>Drukuj &amp;dużą czcionką ({points} pkt)</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>After printing, sign the letter by hand above your name, and keep a copy. If you email it, your typed name is enough.</source>
        <translation>Po wydrukowaniu podpisz list odręcznie nad swoim imieniem i nazwiskiem i zachowaj kopię. Jeśli wysyłasz go e-mailem, wystarczy wpisane imię i nazwisko.</translation>
    </message>
    <message>
        <source>&amp;First class post</source>
        <translation>Poczta &amp;priorytetowa (first class)</translation>
    </message>
    <message>
        <source>{rule} Ask the Post Office for a free certificate of posting.</source>
        <translation>{rule} Poproś na poczcie o bezpłatne potwierdzenie nadania (certificate of posting).</translation>
    </message>
    <message>
        <source>S&amp;econd class post</source>
        <translation>Poczta &amp;zwykła (second class)</translation>
    </message>
    <message>
        <source>Si&amp;gned for</source>
        <translation>Za potwierdzeniem &amp;odbioru (signed for)</translation>
    </message>
    <message>
        <source>Costs more, but you can see the day it was delivered. {rule}</source>
        <translation>Kosztuje więcej, ale widać, którego dnia doręczono list. {rule}</translation>
    </message>
    <message>
        <source>Email or the organisation&apos;s &amp;web form</source>
        <translation>E-mail lub &amp;formularz internetowy organizacji</translation>
    </message>
    <message>
        <source>Paste the letter&apos;s text. {rule}</source>
        <translation>Wklej treść listu. {rule}</translation>
    </message>
</context>
<context>
    <name>SentDateProblems</name>
    <message>
        <source>that date is in the future. Choose &apos;Not yet&apos; and mark it as sent once it has gone</source>
        <translation>ta data jest w przyszłości. Wybierz „Jeszcze nie” i zaznacz wysłanie, gdy list już pójdzie</translation>
    </message>
    <message>
        <source>that is before the letter&apos;s date ({dated}). A letter can&apos;t be posted before it is written: if you posted it on that day, date the letter then instead</source>
        <translation>to przed datą listu ({dated}). Listu nie można wysłać, zanim zostanie napisany: jeśli wysłano go tego dnia, zmień datę listu na ten dzień</translation>
    </message>
    <message>
        <source>that is before your first letter was sent ({sent}): check the date</source>
        <translation>to przed wysłaniem Twojego pierwszego listu ({sent}): sprawdź datę</translation>
    </message>
    <message>
        <source>more than a year ago: check the year</source>
        <translation>ponad rok temu: sprawdź rok</translation>
    </message>
</context>
<context>
    <name>Sequence</name>
    <message>
        <source>{noun} is dated after today ({on}). Only record things that have happened.</source>
        <translation>{noun}: ta data jest późniejsza niż dziś ({on}). Zapisuj tylko to, co już się wydarzyło.</translation>
    </message>
    <message>
        <source>{noun} can&apos;t arrive on {arrived}, before it was sent on {on}.</source>
        <translation>{noun}: nie może dotrzeć {arrived}, przed wysłaniem ({on}).</translation>
    </message>
    <message>
        <source>{noun} can only be recorded once, but there is one on {first} and another on {on}.</source>
        <translation>{noun}: można to zapisać tylko raz, a są dwa wpisy: {first} i {on}.</translation>
    </message>
    <message>
        <source>{noun} on {on} comes after the case was closed on {closed}. If the case is still going, remove the &apos;closed&apos; event first.</source>
        <translation>{noun} ({on}) jest po zamknięciu sprawy ({closed}). Jeśli sprawa trwa dalej, najpierw usuń zdarzenie zamknięcia.</translation>
    </message>
    <message>
        <source>The letter can&apos;t be drafted on {on}, after it was sent on {sent}.</source>
        <translation>Szkic listu nie może mieć daty {on}, późniejszej niż wysłanie ({sent}).</translation>
    </message>
    <message>
        <source>{noun} can&apos;t come before the letter was sent. Record when you sent it first.</source>
        <translation>{noun}: nie może być przed wysłaniem listu. Najpierw zapisz, kiedy go wysłano.</translation>
    </message>
    <message>
        <source>{noun} only happens in an objection, and this case isn&apos;t one.</source>
        <translation>{noun}: zdarza się tylko przy sprzeciwie, a ta sprawa nim nie jest.</translation>
    </message>
    <message>
        <source>The letter can&apos;t be delivered on {on}: you recorded it arriving on {arrived}.</source>
        <translation>List nie może zostać doręczony {on}: zapisano, że dotarł {arrived}.</translation>
    </message>
    <message>
        <source>The letter can&apos;t be delivered on {on}: {body} had already replied on {replied}.</source>
        <translation>List nie może zostać doręczony {on}: odpowiedź ({body}) przyszła już {replied}.</translation>
    </message>
    <message>
        <source>{noun} on {on} can&apos;t come before your letter reached {body} on {arrived}.</source>
        <translation>{noun} ({on}) nie może być wcześniej, niż list dotarł do adresata ({body}) — {arrived}.</translation>
    </message>
    <message>
        <source>{noun} can&apos;t come after {body} had already given its final answer.</source>
        <translation>{noun}: nie może być po ostatecznej odpowiedzi ({body}).</translation>
    </message>
    <message>
        <source>You sent proof of identity on {on}, but {body} hadn&apos;t asked for it. Record its request.</source>
        <translation>Wysłano dowód tożsamości {on}, ale nikt o niego nie prosił ({body}). Zapisz najpierw prośbę.</translation>
    </message>
    <message>
        <source>You sent clarification on {on}, but {body} hadn&apos;t asked for it. Record its request.</source>
        <translation>Wysłano wyjaśnienie {on}, ale nikt o nie prosił ({body}). Zapisz najpierw prośbę.</translation>
    </message>
    <message>
        <source>{noun} can&apos;t come before you complained to the ICO.</source>
        <translation>{noun}: nie może być przed złożeniem skargi do ICO.</translation>
    </message>
    <message>
        <source>You can only ask the ICO to review its outcome once it has given one.</source>
        <translation>O ponowne rozpatrzenie możesz poprosić ICO dopiero po jego decyzji.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Zablokuj po</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Zablokuj po tylu minutach bez użycia</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>npdrights locks itself when you haven&apos;t used it for this long, and when the computer goes to sleep. You can always lock it yourself with Ctrl+L.</source>
        <translation>npdrights blokuje się sam, gdy nie korzystasz z niego przez ten czas, a także gdy komputer przechodzi w stan uśpienia. Zawsze możesz go zablokować sam, naciskając Ctrl+L.</translation>
    </message>
    <message>
        <source>&amp;Snapshots to keep</source>
        <translation>Ile &amp;migawek trzymać</translation>
    </message>
    <message>
        <source>Snapshots to keep</source>
        <translation>Ile migawek trzymać</translation>
    </message>
    <message>
        <source>npdrights keeps encrypted copies of your cases from the last few days on this computer, so it can go back to one if the file is damaged. More copies take more space. They don&apos;t replace a backup file kept somewhere else.</source>
        <translation>npdrights trzyma na tym komputerze zaszyfrowane kopie Twoich spraw z ostatnich kilku dni, by móc do nich wrócić, gdy plik się uszkodzi. Więcej kopii zajmuje więcej miejsca. Nie zastępują one kopii zapasowej trzymanej w innym miejscu.</translation>
    </message>
    <message>
        <source>&amp;Tell me when a next step opens (a system-tray message)</source>
        <translation>&amp;Powiadom o kolejnym kroku (komunikat systemowy)</translation>
    </message>
    <message>
        <source>Tell me when a next step opens</source>
        <translation>Powiadom o kolejnym kroku</translation>
    </message>
    <message>
        <source>While npdrights is open, a short message appears on the day you can send a reminder or complain. It never names anyone.</source>
        <translation>Gdy npdrights jest otwarty, w dniu, w którym możesz wysłać przypomnienie lub złożyć skargę, pojawi się krótki komunikat. Nigdy nie podaje on niczyich nazwisk.</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Uses this computer&apos;s keychain so you don&apos;t have to type your passphrase while you are logged in. Only tick this if nobody else uses your login.</source>
        <translation>Korzysta z pęku kluczy tego komputera, więc nie musisz wpisywać hasła, dopóki jesteś zalogowany. Zaznacz to tylko wtedy, gdy nikt inny nie korzysta z Twojego konta.</translation>
    </message>
    <message>
        <source>This computer has no keychain that npdrights can use, so you will always type your passphrase.</source>
        <translation>Ten komputer nie ma pęku kluczy, z którego npdrights mógłby korzystać, więc zawsze będziesz wpisywać hasło.</translation>
    </message>
    <message>
        <source>This computer&apos;s language</source>
        <translation>Język tego komputera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>The language of npdrights&apos;s screens. They change as soon as you save. A window open beside the main one, such as a letter, a file you are looking at or the register, changes when you open it again. Letters to the DfE are always in English.</source>
        <translation>Język ekranów npdrights. Ekrany zmieniają się od razu po zapisaniu. Okno otwarte obok głównego, na przykład list, oglądany plik albo rejestr, zmieni się, gdy otworzysz je ponownie. Listy do DfE są zawsze po angielsku.</translation>
    </message>
</context>
<context>
    <name>Signers</name>
    <message>
        <source>the pupil</source>
        <translation>uczeń</translation>
    </message>
    <message>
        <source>the pupil, or a parent or carer if the pupil is too young to decide</source>
        <translation>uczeń albo rodzic lub opiekun, jeśli uczeń jest zbyt mały, by decydować</translation>
    </message>
    <message>
        <source>a parent or carer with parental responsibility</source>
        <translation>rodzic lub opiekun z władzą rodzicielską</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Brak danych.</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Odrzuć</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Find out what the DfE holds about my child or me</source>
        <translation>Sprawdź, co DfE wie o moim dziecku lub o mnie</translation>
    </message>
    <message>
        <source>npdrights writes a subject access request: a letter asking for a copy of the records and who has seen them. About 10 minutes. The DfE then has a month to answer.</source>
        <translation>npdrights pisze wniosek o dostęp do danych: list z prośbą o kopię dokumentacji i o informację, kto ją widział. Około 10 minut. DfE ma potem miesiąc na odpowiedź.</translation>
    </message>
    <message>
        <source>Stop my child&apos;s data going to companies and journalists</source>
        <translation>Nie chcę, by dane dziecka trafiały do firm i mediów</translation>
    </message>
    <message>
        <source>A letter objecting to the sharing, with your reasons, asking the DfE to hold back while it decides. About 10 minutes. The DfE has a month to answer.</source>
        <translation>List ze sprzeciwem wobec udostępniania, z Twoimi powodami, z prośbą, by DfE wstrzymał się do czasu decyzji. Około 10 minut. DfE ma miesiąc na odpowiedź.</translation>
    </message>
    <message>
        <source>Get wrong information corrected</source>
        <translation>Popraw błędne informacje</translation>
    </message>
    <message>
        <source>A letter listing what is wrong and what is right. About 5 minutes. The organisation has a month to answer.</source>
        <translation>List wymieniający, co jest błędne, a co prawidłowe. Około 5 minut. Organizacja ma miesiąc na odpowiedź.</translation>
    </message>
    <message>
        <source>Ask for data to be deleted</source>
        <translation>Poproś o usunięcie danych</translation>
    </message>
    <message>
        <source>A letter giving the reasons the law allows. It says honestly that the DfE may have to keep some data. About 5 minutes.</source>
        <translation>List podający powody, na które pozwala prawo. Uczciwie mówi, że DfE może musieć zachować część danych. Około 5 minut.</translation>
    </message>
    <message>
        <source>Ask for the use of data to be restricted</source>
        <translation>Poproś o ograniczenie wykorzystania danych</translation>
    </message>
    <message>
        <source>While a correction or an objection is settled, or instead of deletion: the data is kept but not used or shared. About 5 minutes. The organisation has a month to answer.</source>
        <translation>Na czas rozpatrywania sprostowania lub sprzeciwu albo zamiast usunięcia: dane są przechowywane, ale nie są wykorzystywane ani udostępniane. Około 5 minut. Organizacja ma miesiąc na odpowiedź.</translation>
    </message>
    <message>
        <source>I asked and got no answer, or a bad one</source>
        <translation>Brak odpowiedzi albo zła odpowiedź</translation>
    </message>
    <message>
        <source>A reminder, a complaint to the organisation, or a complaint to the ICO (the regulator), with the dates worked out for you. 2 to 10 minutes.</source>
        <translation>Przypomnienie, skarga do organizacji albo skarga do ICO (organu nadzorczego), z terminami wyliczonymi za Ciebie. Od 2 do 10 minut.</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Co chcesz zrobić?</translation>
    </message>
    <message>
        <source>Choose one. npdrights asks a few questions, writes the letter, and tracks the case.</source>
        <translation>Wybierz jedno. npdrights zada kilka pytań, napisze list i będzie śledzić sprawę.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>A school, council or trust</source>
        <translation>Szkoła, samorząd lub fundacja szkolna</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Jeszcze niewysłane</translation>
    </message>
    <message>
        <source>Waiting, not yet due</source>
        <translation>Oczekuje, termin jeszcze nie minął</translation>
    </message>
    <message>
        <source>Past its due date, no answer</source>
        <translation>Po terminie, bez odpowiedzi</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Odpowiedź w terminie</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Odpowiedź po terminie</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Termin przedłużony</translation>
    </message>
    <message>
        <source>Not extended</source>
        <translation>Termin nieprzedłużony</translation>
    </message>
    <message>
        <source>Complained to the organisation</source>
        <translation>Skarga do organizacji</translation>
    </message>
    <message>
        <source>Answered after the complaint</source>
        <translation>Odpowiedź po skardze</translation>
    </message>
    <message>
        <source>Complained to the ICO</source>
        <translation>Skarga do ICO</translation>
    </message>
    <message>
        <source>ICO gave its outcome</source>
        <translation>ICO wydało rozstrzygnięcie</translation>
    </message>
    <message>
        <source>Asked the ICO for a review</source>
        <translation>Wniosek do ICO o ponowne rozpatrzenie</translation>
    </message>
    <message>
        <source>Requests by kind</source>
        <translation>Wnioski według rodzaju</translation>
    </message>
    <message>
        <source>Requests by recipient</source>
        <translation>Wnioski według adresata</translation>
    </message>
    <message>
        <source>Where requests stand</source>
        <translation>Na jakim etapie są wnioski</translation>
    </message>
    <message>
        <source>Answered on time, late or never (requests that were due)</source>
        <translation>Odpowiedź w terminie, po terminie lub wcale (wnioski, którym minął termin)</translation>
    </message>
    <message>
        <source>Deadlines extended (requests sent)</source>
        <translation>Przedłużone terminy (wysłane wnioski)</translation>
    </message>
    <message>
        <source>Complaints and what came of them</source>
        <translation>Skargi i ich skutki</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <source>Due, never answered</source>
        <translation>Po terminie, bez odpowiedzi</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Working out the figures…</source>
        <translation>Obliczanie danych…</translation>
    </message>
    <message>
        <source>There are no cases in this vault yet. The figures appear here once you have sent letters.</source>
        <translation>W tym sejfie nie ma jeszcze spraw. Dane pojawią się tutaj, gdy wyślesz listy.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Dane liczbowe</translation>
    </message>
    <message>
        <source>Figures about your cases</source>
        <translation>Dane liczbowe o Twoich sprawach</translation>
    </message>
    <message>
        <source>These figures name nobody: no names, pupil numbers or references, and schools and councils are counted together. Counts from 1 to 4 are shown as &apos;{fewer}&apos; so that nobody can be picked out; where only one part of a table would be hidden, another is hidden too, so it can&apos;t be worked out from the total.</source>
        <translation>Te dane nikogo nie wymieniają: nie ma w nich imion i nazwisk, numerów ucznia ani numerów referencyjnych, a szkoły i samorządy liczone są razem. Liczby od 1 do 4 są pokazywane jako „{fewer}”, aby nikogo nie dało się rozpoznać; gdy w tabeli byłaby ukryta tylko jedna część, ukrywana jest też inna, aby nie dało się jej wyliczyć z sumy.</translation>
    </message>
    <message>
        <source>Show small numbers &amp;exactly (on this screen only; saved files still hide them)</source>
        <translation>Pokaż małe liczby &amp;dokładnie (tylko na tym ekranie; zapisane pliki nadal je ukrywają)</translation>
    </message>
    <message>
        <source>Show small numbers exactly, on this screen only</source>
        <translation>Pokaż małe liczby dokładnie, tylko na tym ekranie</translation>
    </message>
    <message>
        <source>Answers by month</source>
        <translation>Odpowiedzi według miesięcy</translation>
    </message>
    <message>
        <source>Counts under {count} draw no bar while small numbers are hidden.</source>
        <translation>Gdy małe liczby są ukryte, liczby poniżej {count} nie mają słupka.</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Zapisz jako &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation>Zapisz dane jako plik CSV</translation>
    </message>
    <message>
        <source>Save a &amp;PDF report…</source>
        <translation>Zapisz raport &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the figures as a PDF report</source>
        <translation>Zapisz dane jako raport PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>The figures could not be worked out.</source>
        <translation>Nie udało się obliczyć danych.</translation>
    </message>
    <message>
        <source>fewer than {count}</source>
        <translation>mniej niż {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dnia</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>From {count} cases, on {day}.</source>
        <translation>Z liczby spraw: {count}, stan na {day}.</translation>
    </message>
    <message numerus="yes">
        <source>From %n case(s), on {day}.</source>
        <translation>
            <numerusform>Z %n sprawy, stan na {day}.</numerusform>
            <numerusform>Z %n spraw, stan na {day}.</numerusform>
            <numerusform>Z %n spraw, stan na {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} more are left out until their dates are checked.</source>
        <translation>Jeszcze {count} pominięto, dopóki ich daty nie zostaną sprawdzone.</translation>
    </message>
    <message numerus="yes">
        <source>%n more left out until their dates are checked.</source>
        <translation>
            <numerusform>Jeszcze %n sprawę pominięto, dopóki jej daty nie zostaną sprawdzone.</numerusform>
            <numerusform>Jeszcze %n sprawy pominięto, dopóki ich daty nie zostaną sprawdzone.</numerusform>
            <numerusform>Jeszcze %n spraw pominięto, dopóki ich daty nie zostaną sprawdzone.</numerusform>
        </translation>
    </message>
    <message>
        <source>How long answers took: not enough answers to say ({count} so far).</source>
        <translation>Ile trwały odpowiedzi: za mało odpowiedzi, by to ocenić (na razie: {count}).</translation>
    </message>
    <message>
        <source>Half the answers came within {median} of the request arriving. The middle half took between {lower} and {upper}.</source>
        <translation>Połowa odpowiedzi przyszła w ciągu {median} od dotarcia wniosku. Środkowa połowa trwała od {lower} do {upper}.</translation>
    </message>
    <message>
        <source>Answers by month, {first} to {last}</source>
        <translation>Odpowiedzi według miesięcy: {first} – {last}</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Według miesięcy</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>The file could not be saved there ({reason}). Choose another folder.</source>
        <translation>Nie udało się zapisać tam pliku ({reason}). Wybierz inny folder.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
    <message>
        <source>Saved the figures as {name}.</source>
        <translation>Zapisano dane jako {name}.</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Pliki CSV</translation>
    </message>
    <message>
        <source>Save the figures</source>
        <translation>Zapisz dane</translation>
    </message>
    <message>
        <source>Saved the report as {name}.</source>
        <translation>Zapisano raport jako {name}.</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>{label} can be up to {limit} characters, so the end of what you typed or pasted was left out. Check what is there, and keep anything longer in a document you attach to the case.</source>
        <translation>{label}: maksymalna liczba znaków to {limit}, więc koniec tego, co wpisano lub wklejono, został pominięty. Sprawdź, co zostało, a dłuższy tekst zachowaj w dokumencie dołączonym do sprawy.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>arrived {date}</source>
        <translation>doręczono {date}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>numer {reference}</translation>
    </message>
    <message>
        <source>checked: {result}</source>
        <translation>sprawdzono: {result}</translation>
    </message>
</context>
<context>
    <name>ToolFrame</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message numerus="yes">
        <source>%n next step(s) open from today in your cases. Open npdrights to see them.</source>
        <translation>
            <numerusform>Od dziś w Twoich sprawach możesz zrobić %n kolejny krok. Otwórz npdrights, aby go zobaczyć.</numerusform>
            <numerusform>Od dziś w Twoich sprawach możesz zrobić %n kolejne kroki. Otwórz npdrights, aby je zobaczyć.</numerusform>
            <numerusform>Od dziś w Twoich sprawach możesz zrobić %n kolejnych kroków. Otwórz npdrights, aby je zobaczyć.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Odblokuj swój sejf</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>Go back to the latest &amp;snapshot</source>
        <translation>Wróć do ostatniej &amp;migawki</translation>
    </message>
    <message>
        <source>Go back to the latest snapshot</source>
        <translation>Wróć do ostatniej migawki</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Odblokowywanie</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Odblokowywanie…</translation>
    </message>
    <message>
        <source>Type your passphrase to open your cases.</source>
        <translation>Wpisz hasło, aby otworzyć swoje sprawy.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;forgotten my passphrase</source>
        <translation>&amp;Nie pamiętam hasła</translation>
    </message>
    <message>
        <source>I&apos;ve forgotten my passphrase</source>
        <translation>Nie pamiętam hasła</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or wrote down when you made the vault. Spaces, dashes and capital letters don&apos;t matter. Then choose a new passphrase.</source>
        <translation>Wpisz kod odzyskiwania wydrukowany lub zapisany przy tworzeniu sejfu. Spacje, myślniki i wielkość liter nie mają znaczenia. Potem wybierz nowe hasło.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nowe hasło ponownie</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Wpisz je &amp;ponownie</translation>
    </message>
    <message>
        <source>Unlock and &amp;set new passphrase</source>
        <translation>Odblokuj i &amp;ustaw nowe hasło</translation>
    </message>
    <message>
        <source>Unlock and set new passphrase</source>
        <translation>Odblokuj i ustaw nowe hasło</translation>
    </message>
    <message>
        <source>&amp;Back to passphrase</source>
        <translation>&amp;Wróć do hasła</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Wróć do hasła</translation>
    </message>
    <message>
        <source>Type your name and your own passphrase to open the organisation&apos;s cases.</source>
        <translation>Wpisz swoje imię i nazwisko oraz własne hasło, aby otworzyć sprawy organizacji.</translation>
    </message>
    <message>
        <source>Your name: type the name of the adviser whose passphrase is to be set.</source>
        <translation>Imię i nazwisko: wpisz dane doradcy, którego hasło ma zostać ustawione.</translation>
    </message>
    <message>
        <source>Recovery code: type the code from your printed copy.</source>
        <translation>Kod odzyskiwania: wpisz kod ze swojej wydrukowanej kopii.</translation>
    </message>
    <message>
        <source>New passphrase: use at least {count} characters.</source>
        <translation>Nowe hasło: użyj co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>Type it again: the two new passphrases are different.</source>
        <translation>Wpisz je ponownie: oba nowe hasła się różnią.</translation>
    </message>
    <message>
        <source>Your name: type it as your organisation&apos;s admin added you.</source>
        <translation>Imię i nazwisko: wpisz je tak, jak dodał je administrator Twojej organizacji.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>Only an adviser with the admin role can set the retention policy.</source>
        <translation>Tylko doradca z rolą administratora może ustalić zasady przechowywania.</translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can delete cases under the retention policy.</source>
        <translation>Tylko doradca z rolą administratora może usuwać sprawy zgodnie z zasadami przechowywania.</translation>
    </message>
    <message>
        <source>Some of those cases are not past the retention policy (they may have been reopened meanwhile). Nothing was deleted. Review the list again.</source>
        <translation>Niektóre z tych spraw nie przekroczyły jeszcze okresu przechowywania (mogły zostać w międzyczasie ponownie otwarte). Nic nie usunięto. Przejrzyj listę jeszcze raz.</translation>
    </message>
    <message>
        <source>This vault already has advisers. Add more from the Advisers screen.</source>
        <translation>Ten sejf ma już doradców. Kolejnych dodasz na ekranie Doradcy.</translation>
    </message>
    <message>
        <source>There is already an adviser called {name}. Choose another name.</source>
        <translation>Jest już doradca o nazwie {name}. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>{name} is the only adviser with the admin role, so they can&apos;t be removed. Give someone else the admin role first.</source>
        <translation>{name} to jedyny doradca z rolą administratora, więc nie można go usunąć. Najpierw nadaj rolę administratora komuś innemu.</translation>
    </message>
    <message>
        <source>You can&apos;t remove yourself. Ask another adviser with the admin role to do it.</source>
        <translation>Nie możesz usunąć samego siebie. Poproś o to innego doradcę z rolą administratora.</translation>
    </message>
    <message>
        <source>There is no adviser called {name} in this vault.</source>
        <translation>W tym sejfie nie ma doradcy o nazwie {name}.</translation>
    </message>
    <message>
        <source>This vault has no advisers yet. Start with the first one (who will be an admin).</source>
        <translation>Ten sejf nie ma jeszcze doradców. Zacznij od pierwszego (zostanie administratorem).</translation>
    </message>
    <message>
        <source>Only an adviser with the admin role can add or remove advisers.</source>
        <translation>Tylko doradca z rolą administratora może dodawać lub usuwać doradców.</translation>
    </message>
    <message>
        <source>An entry of the audit trail is not in the form npdrights writes. It has been changed.</source>
        <translation>Jeden z wpisów rejestru zmian nie ma postaci, w jakiej zapisuje go npdrights. Ktoś go zmienił.</translation>
    </message>
    <message>
        <source>The audit trail could not be read ({error}).</source>
        <translation>Nie udało się odczytać rejestru zmian ({error}).</translation>
    </message>
    <message>
        <source>Something went wrong with your vault.</source>
        <translation>Coś poszło nie tak z Twoim sejfem.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this vault. Check Caps Lock and try again. If you have forgotten it, use your recovery code instead.</source>
        <translation>To hasło nie otwiera tego sejfu. Sprawdź, czy nie jest włączony Caps Lock, i spróbuj ponownie. Jeśli zapomniałeś hasła, użyj kodu odzyskiwania.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this vault. Check each group of four characters against your printed copy and try again.</source>
        <translation>Ten kod odzyskiwania nie otwiera tego sejfu. Porównaj każdą grupę czterech znaków z wydrukowaną kopią i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That recovery code has a typing mistake in it: its built-in check doesn&apos;t add up. Compare each group of four characters with your printed copy.</source>
        <translation>W tym kodzie odzyskiwania jest literówka: jego wbudowana kontrola się nie zgadza. Porównaj każdą grupę czterech znaków z wydrukowaną kopią.</translation>
    </message>
    <message>
        <source>That name and passphrase don&apos;t open this vault. Check the spelling of your name and Caps Lock, then try again. If you have forgotten your passphrase, ask an adviser with the admin role to set a new one.</source>
        <translation>Ta nazwa i hasło nie otwierają tego sejfu. Sprawdź pisownię swojej nazwy i Caps Lock, a potem spróbuj ponownie. Jeśli zapomniałeś hasła, poproś doradcę z rolą administratora o ustawienie nowego.</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet. Create one first.</source>
        <translation>W tym folderze nie ma jeszcze sejfu. Najpierw go utwórz.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder. Unlock it instead of creating a new one.</source>
        <translation>W tym folderze jest już sejf. Odblokuj go, zamiast tworzyć nowy.</translation>
    </message>
    <message>
        <source>The vault is open in another window or program that is busy with it. Wait a moment and try again, or close the other window first. Nothing has been changed.</source>
        <translation>Sejf jest otwarty w innym oknie lub programie, który właśnie z niego korzysta. Poczekaj chwilę i spróbuj ponownie albo najpierw zamknij to drugie okno. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>There is a folder, or something else that is not a file, where npdrights keeps one of its files in its data folder. Move it out of the way (or put the file back), then try again. Nothing has been changed.</source>
        <translation>W folderze danych npdrights, w miejscu jednego z jego plików, jest folder albo coś innego, co nie jest plikiem. Przenieś to w inne miejsce (albo przywróć plik), a potem spróbuj ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>There is a folder, or something else that is not a file, where npdrights keeps {name} in its data folder. Move it out of the way (or put the file back), then try again. Nothing has been changed.</source>
        <translation>W folderze danych npdrights, w miejscu pliku {name}, jest folder albo coś innego, co nie jest plikiem. Przenieś to w inne miejsce (albo przywróć plik), a potem spróbuj ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is damaged and its spare copy is damaged too. Your cases cannot be opened without it. Restore the folder from a backup, or restore a backup file.</source>
        <translation>Plik z kluczami Twojego sejfu (vault.json) jest uszkodzony, a jego zapasowa kopia też. Bez niego nie da się otworzyć Twoich spraw. Przywróć folder z kopii zapasowej albo przywróć plik kopii zapasowej.</translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is missing, and so is its spare copy, and no copy of it is kept with the snapshots. Your cases cannot be opened without it. Restore the folder from a copy, or restore a backup file. Nothing has been changed.</source>
        <translation>Brakuje pliku z kluczami Twojego sejfu (vault.json) i jego zapasowej kopii, a przy migawkach też nie ma jego kopii. Bez niego nie da się otworzyć Twoich spraw. Przywróć folder z kopii albo przywróć plik kopii zapasowej. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The file that holds your vault&apos;s keys (vault.json) is missing, and so is its spare copy. A copy was kept with the snapshot taken on {when}: put it back, then unlock with the passphrase or recovery code you had then. Nothing has been changed yet.</source>
        <translation>Brakuje pliku z kluczami Twojego sejfu (vault.json) i jego zapasowej kopii. Kopię zachowano przy migawce z {when}: przywróć ją, a potem odblokuj sejf hasłem lub kodem odzyskiwania, które miałeś wtedy. Na razie nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the file that holds your vault&apos;s keys (vault.json) has been changed by something other than npdrights: its check doesn&apos;t match. It was not used, and nothing has been changed. Put back a copy of the whole folder from before, or restore a backup file.</source>
        <translation>Hasło jest poprawne, ale plik z kluczami Twojego sejfu (vault.json) zmieniło coś innego niż npdrights: jego kontrola się nie zgadza. Nie został użyty i nic nie zostało zmienione. Przywróć wcześniejszą kopię całego folderu albo przywróć plik kopii zapasowej.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is missing and there is no snapshot to go back to. Nothing has been changed. Restore a backup file if you have one.</source>
        <translation>Hasło jest poprawne, ale brakuje pliku spraw (cases.db) i nie ma migawki, do której można wrócić. Nic nie zostało zmienione. Przywróć plik kopii zapasowej, jeśli go masz.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is damaged and there is no snapshot to go back to. Nothing has been changed. Restore a backup file if you have one.</source>
        <translation>Hasło jest poprawne, ale plik spraw (cases.db) jest uszkodzony i nie ma migawki, do której można wrócić. Nic nie zostało zmienione. Przywróć plik kopii zapasowej, jeśli go masz.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is missing. Nothing has been changed. You can go back to the latest snapshot, taken on {when}; anything added after that is lost.</source>
        <translation>Hasło jest poprawne, ale brakuje pliku spraw (cases.db). Nic nie zostało zmienione. Możesz wrócić do najnowszej migawki z {when}; wszystko, co dodano później, przepadnie.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is damaged. Nothing has been changed. You can go back to the latest snapshot, taken on {when}; anything added after that is lost.</source>
        <translation>Hasło jest poprawne, ale plik spraw (cases.db) jest uszkodzony. Nic nie zostało zmienione. Możesz wrócić do najnowszej migawki z {when}; wszystko, co dodano później, przepadnie.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of npdrights. Install the newest version to open it. Nothing has been changed.</source>
        <translation>Ten sejf utworzyła nowsza wersja npdrights. Aby go otworzyć, zainstaluj najnowszą wersję. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain isn&apos;t available or is locked, so the vault can&apos;t be opened automatically. Type your passphrase instead.</source>
        <translation>Pęk kluczy tego komputera jest niedostępny albo zablokowany, więc sejfu nie da się otworzyć automatycznie. Zamiast tego wpisz hasło.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters.</source>
        <translation>Wybierz hasło, które ma co najmniej 10 znaków.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is older than the last time you opened this vault. It looks like an old copy of the whole npdrights data folder was put back, for example from a copy made earlier. Anything added or changed since that copy was made is not in it. You can carry on with this older copy, go back to a snapshot, or restore a backup file. Nothing has been changed yet.</source>
        <translation>Hasło jest poprawne, ale plik spraw (cases.db) jest starszy niż przy ostatnim otwarciu tego sejfu. Wygląda na to, że przywrócono starą kopię całego folderu danych npdrights, na przykład z kopii zrobionej wcześniej. Nie ma w nim niczego, co dodano lub zmieniono po zrobieniu tej kopii. Możesz pracować dalej na tej starszej kopii, wrócić do migawki albo przywrócić plik kopii zapasowej. Na razie nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the cases file (cases.db) is older than the last time you opened this vault. It looks like an old copy of cases.db was put back, for example from a copy of the folder. Anything added or changed since that copy was made is not in it. You can carry on with this older copy, go back to a snapshot, or restore a backup file. Nothing has been changed yet.</source>
        <translation>Hasło jest poprawne, ale plik spraw (cases.db) jest starszy niż przy ostatnim otwarciu tego sejfu. Wygląda na to, że przywrócono starą kopię pliku cases.db, na przykład z kopii folderu. Nie ma w nim niczego, co dodano lub zmieniono po zrobieniu tej kopii. Możesz pracować dalej na tej starszej kopii, wrócić do migawki albo przywrócić plik kopii zapasowej. Na razie nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Zatrzymano. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>That attachment could not be read.</source>
        <translation>Nie udało się odczytać tego załącznika.</translation>
    </message>
    <message>
        <source>That file is too large to attach: the limit is {megabytes} MB a file. Scan at a lower resolution, or split a long document into parts, and attach those.</source>
        <translation>Ten plik jest za duży, by go załączyć: limit to {megabytes} MB na plik. Zeskanuj go w niższej rozdzielczości albo podziel długi dokument na części i załącz je.</translation>
    </message>
    <message>
        <source>The file for this attachment is missing from the vault folder. If you have a backup file, restore it to get the attachment back.</source>
        <translation>W folderze sejfu brakuje pliku tego załącznika. Jeśli masz plik kopii zapasowej, przywróć go, aby odzyskać załącznik.</translation>
    </message>
    <message>
        <source>The file for this attachment is damaged or has been changed, so it was not shown. If you have a backup file, restore it to get the attachment back.</source>
        <translation>Plik tego załącznika jest uszkodzony albo został zmieniony, więc go nie pokazano. Jeśli masz plik kopii zapasowej, przywróć go, aby odzyskać załącznik.</translation>
    </message>
    <message>
        <source>That backup file could not be used. Nothing in your vault has been changed.</source>
        <translation>Nie udało się użyć tego pliku kopii zapasowej. Nic w Twoim sejfie nie zostało zmienione.</translation>
    </message>
    <message>
        <source>That file is not an npdrights backup: it doesn&apos;t start the way a backup file does. Choose the file you saved with “Back up to a file…” (its name ends in .npdbackup).</source>
        <translation>To nie jest kopia zapasowa npdrights: plik nie zaczyna się tak, jak plik kopii zapasowej. Wybierz plik zapisany poleceniem „Zrób kopię zapasową do pliku…” (jego nazwa kończy się na .npdbackup).</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of npdrights. Install the newest version to read it. Nothing in your vault has been changed.</source>
        <translation>Tę kopię zapasową zrobiła nowsza wersja npdrights. Aby ją odczytać, zainstaluj najnowszą wersję. Nic w Twoim sejfie nie zostało zmienione.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup file, or the start of the file is damaged. Type the passphrase you chose when you made the backup (it may differ from your vault passphrase).</source>
        <translation>To hasło nie otwiera tego pliku kopii zapasowej albo początek pliku jest uszkodzony. Wpisz hasło wybrane przy tworzeniu kopii (może się różnić od hasła do sejfu).</translation>
    </message>
    <message>
        <source>This backup file is damaged, cut short or has been changed, so none of it was used. Nothing in your vault has been changed. Try another copy of the backup.</source>
        <translation>Ten plik kopii zapasowej jest uszkodzony, ucięty albo zmieniony, więc nie użyto z niego niczego. Nic w Twoim sejfie nie zostało zmienione. Spróbuj innej kopii.</translation>
    </message>
    <message>
        <source>This backup file opened, but what is inside is not valid ({detail}), so none of it was used. Nothing in your vault has been changed.</source>
        <translation>Ten plik kopii zapasowej się otworzył, ale jego zawartość jest nieprawidłowa ({detail}), więc nie użyto z niego niczego. Nic w Twoim sejfie nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Could not {action}: {reason}. Check the disk has space and the file is where you left it, then try again. Nothing in your vault has been changed.</source>
        <translation>Nie udało się wykonać: {action} ({reason}). Sprawdź, czy na dysku jest miejsce i czy plik jest tam, gdzie go zostawiłeś, a potem spróbuj ponownie. Nic w Twoim sejfie nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Your disk is full, so npdrights could not save. Nothing you had saved before has been lost. Free some space (empty the recycle bin, or move large files such as videos elsewhere), then try again.</source>
        <translation>Dysk jest pełny, więc npdrights nie mógł zapisać. Nic z tego, co zapisałeś wcześniej, nie przepadło. Zwolnij trochę miejsca (opróżnij kosz albo przenieś gdzie indziej duże pliki, na przykład filmy), a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The disk or folder npdrights uses would not let it read or write ({reason}). Nothing you had saved before has been lost. Check the disk is connected and not read-only, then try again.</source>
        <translation>Dysk lub folder, z którego korzysta npdrights, nie pozwolił na odczyt ani zapis ({reason}). Nic z tego, co zapisałeś wcześniej, nie przepadło. Sprawdź, czy dysk jest podłączony i nie jest tylko do odczytu, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>An adviser&apos;s name must be between 1 and {most} letters, without control characters.</source>
        <translation>Nazwa doradcy musi mieć od 1 do {most} znaków, bez znaków sterujących.</translation>
    </message>
    <message>
        <source>Your vault&apos;s key file (vault.json) could not be saved correctly: what is on the disk is not what was written. Check the disk for errors and that it has space, then try again.</source>
        <translation>Nie udało się poprawnie zapisać pliku kluczy Twojego sejfu (vault.json): to, co jest na dysku, różni się od tego, co zapisano. Sprawdź dysk pod kątem błędów i wolnego miejsca, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Wait a second and try again: a copy was kept aside a moment ago.</source>
        <translation>Poczekaj chwilę i spróbuj ponownie: przed momentem odłożono kopię.</translation>
    </message>
    <message>
        <source>That case no longer exists, so nothing was attached.</source>
        <translation>Tej sprawy już nie ma, więc niczego nie dołączono.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it is a folder, a device or a pipe), so it can&apos;t be attached. Choose a document, a scan or a photo. Nothing was attached.</source>
        <translation>{name} nie jest zwykłym plikiem (to folder, urządzenie lub potok), więc nie można go dołączyć. Wybierz dokument, skan albo zdjęcie. Niczego nie dołączono.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}. Nothing was attached.</source>
        <translation>Nie udało się odczytać pliku {name}: {reason}. Niczego nie dołączono.</translation>
    </message>
</context>
<context>
    <name>WantPage</name>
    <message>
        <source>&amp;Special educational needs</source>
        <translation>&amp;Specjalne potrzeby edukacyjne</translation>
    </message>
    <message>
        <source>The record shows needs that could lead to unfair judgements.</source>
        <translation>Dane pokazują potrzeby, które mogą prowadzić do niesprawiedliwych ocen.</translation>
    </message>
    <message>
        <source>&amp;Exclusions or absence</source>
        <translation>&amp;Wykluczenia lub nieobecności</translation>
    </message>
    <message>
        <source>Out of context, these could follow the child for years.</source>
        <translation>Wyrwane z kontekstu mogą ciągnąć się za dzieckiem latami.</translation>
    </message>
    <message>
        <source>Time in &amp;care</source>
        <translation>Pobyt w &amp;pieczy zastępczej</translation>
    </message>
    <message>
        <source>Private, and could lead to stigma or harm if it became known.</source>
        <translation>To sprawa prywatna, a jej ujawnienie mogłoby prowadzić do piętna lub krzywdy.</translation>
    </message>
    <message>
        <source>&amp;Adoption</source>
        <translation>&amp;Adopcja</translation>
    </message>
    <message>
        <source>Linked records could connect an adopted child&apos;s past and present.</source>
        <translation>Połączone dane mogłyby powiązać przeszłość adoptowanego dziecka z teraźniejszością.</translation>
    </message>
    <message>
        <source>Sa&amp;fety</source>
        <translation>&amp;Bezpieczeństwo</translation>
    </message>
    <message>
        <source>Any release of an address or a school could put someone at risk.</source>
        <translation>Każde ujawnienie adresu lub szkoły mogłoby kogoś narazić na niebezpieczeństwo.</translation>
    </message>
    <message>
        <source>&amp;Privacy in general</source>
        <translation>&amp;Prywatność w ogóle</translation>
    </message>
    <message>
        <source>The child didn&apos;t choose to be in the database. This is true of every pupil, so it needs another reason too.</source>
        <translation>Dziecko nie wybrało, że będzie w bazie danych. Dotyczy to każdego ucznia, więc potrzebny jest też inny powód.</translation>
    </message>
    <message>
        <source>I dispute that the data is &amp;accurate</source>
        <translation>Kwestionuję &amp;poprawność danych</translation>
    </message>
    <message>
        <source>Restricted while the organisation checks it.</source>
        <translation>Ograniczone, dopóki organizacja to sprawdza.</translation>
    </message>
    <message>
        <source>I have &amp;objected</source>
        <translation>Złożyłem(-am) &amp;sprzeciw</translation>
    </message>
    <message>
        <source>Restricted until the organisation decides.</source>
        <translation>Ograniczone, dopóki organizacja nie zdecyduje.</translation>
    </message>
    <message>
        <source>It is used &amp;unlawfully</source>
        <translation>Dane są wykorzystywane &amp;niezgodnie z prawem</translation>
    </message>
    <message>
        <source>Kept but not used, instead of deleted.</source>
        <translation>Przechowywane, ale nieużywane, zamiast usunięcia.</translation>
    </message>
    <message>
        <source>I need it for a &amp;legal claim</source>
        <translation>Potrzebuję ich do &amp;roszczenia prawnego</translation>
    </message>
    <message>
        <source>Kept for you, though it no longer needs it.</source>
        <translation>Przechowywane dla Ciebie, choć organizacja już ich nie potrzebuje.</translation>
    </message>
    <message>
        <source>&amp;The organisation agreed to my objection</source>
        <translation>&amp;Organizacja uwzględniła mój sprzeciw</translation>
    </message>
    <message>
        <source>Once an objection succeeds, the data should be deleted if nothing else justifies keeping it.</source>
        <translation>Gdy sprzeciw zostanie uwzględniony, dane powinny zostać usunięte, jeśli nic innego nie uzasadnia ich przechowywania.</translation>
    </message>
    <message>
        <source>It is no &amp;longer needed</source>
        <translation>Nie są już &amp;potrzebne</translation>
    </message>
    <message>
        <source>For the purpose it was collected for.</source>
        <translation>Do celu, w którym je zebrano.</translation>
    </message>
    <message>
        <source>It was collected or used &amp;unlawfully</source>
        <translation>Zebrano je lub użyto &amp;niezgodnie z prawem</translation>
    </message>
    <message>
        <source>For example without a proper legal reason.</source>
        <translation>Na przykład bez właściwej podstawy prawnej.</translation>
    </message>
    <message>
        <source>What do you want?</source>
        <translation>Czego chcesz?</translation>
    </message>
    <message>
        <source>The law (Article 15 of the UK GDPR) entitles you to all of this, so the letter asks for all of it. Asking for everything at once means you don&apos;t have to write again.</source>
        <translation>Prawo (art. 15 UK GDPR) daje Ci prawo do tego wszystkiego, więc list prosi o wszystko. Prośba o wszystko naraz oznacza, że nie musisz pisać ponownie.</translation>
    </message>
    <message>
        <source>The DfE can refuse an objection only if it shows &apos;compelling legitimate grounds&apos; that outweigh your reasons, so your reasons matter. You don&apos;t need legal words: say what worries you.</source>
        <translation>DfE może odrzucić sprzeciw tylko wtedy, gdy wykaże „ważne prawnie uzasadnione podstawy”, które przeważają nad Twoimi powodami, więc Twoje powody są ważne. Nie potrzebujesz prawniczych słów: napisz, co Cię niepokoi.</translation>
    </message>
    <message>
        <source>The law (Article 16) says wrong information must be corrected without delay. Say exactly what is wrong and what is right, so nobody has to guess.</source>
        <translation>Prawo (art. 16) mówi, że błędne informacje trzeba poprawić bez zwłoki. Napisz dokładnie, co jest błędne, a co prawidłowe, żeby nikt nie musiał zgadywać.</translation>
    </message>
    <message>
        <source>The law (Article 17) lets you ask for deletion on these grounds. The DfE may say it must keep the data for its public tasks or for statistics; the letter says so honestly.</source>
        <translation>Prawo (art. 17) pozwala prosić o usunięcie z tych powodów. DfE może odpowiedzieć, że musi zachować dane do zadań publicznych lub do statystyki; list uczciwie o tym mówi.</translation>
    </message>
    <message>
        <source>The law (Article 18) lets you ask for the data to be kept but not used while something is settled. The organisation must tell you before it lifts the restriction.</source>
        <translation>Prawo (art. 18) pozwala prosić, by dane były przechowywane, ale nieużywane, dopóki coś nie zostanie rozstrzygnięte. Organizacja musi Cię uprzedzić, zanim zniesie ograniczenie.</translation>
    </message>
    <message>
        <source>An organisation must deal with a complaint about how it handled your data. Saying what went wrong and how it affected you helps it, and the ICO later, put it right.</source>
        <translation>Organizacja musi rozpatrzyć skargę na to, jak postępowała z Twoimi danymi. Opisanie, co poszło nie tak i jak to na Ciebie wpłynęło, pomoże jej, a później ICO, to naprawić.</translation>
    </message>
    <message>
        <source>What the letter asks for</source>
        <translation>O co prosi list</translation>
    </message>
    <message>
        <source>Why you object</source>
        <translation>Dlaczego się sprzeciwiasz</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Co jest błędne</translation>
    </message>
    <message>
        <source>Why the data should be deleted</source>
        <translation>Dlaczego dane powinny zostać usunięte</translation>
    </message>
    <message>
        <source>Why the use of the data should be restricted</source>
        <translation>Dlaczego użycie danych powinno zostać ograniczone</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Co poszło nie tak</translation>
    </message>
    <message>
        <source>What your letter asks for</source>
        <translation>O co prosi Twój list</translation>
    </message>
    <message>
        <source>Also ask for the child&apos;s &amp;educational record</source>
        <translation>Poproś też o &amp;dokumentację edukacyjną dziecka</translation>
    </message>
    <message>
        <source>Also ask for the child&apos;s educational record</source>
        <translation>Poproś też o dokumentację edukacyjną dziecka</translation>
    </message>
    <message>
        <source>A parent can ask a maintained school, or a non-maintained special school, for the educational record. It must answer within {days} school days.</source>
        <translation>Rodzic może poprosić szkołę publiczną lub niepubliczną szkołę specjalną o dokumentację edukacyjną. Szkoła musi odpowiedzieć w ciągu {days} dni szkolnych.</translation>
    </message>
    <message>
        <source>Tick what applies. Each ticked reason becomes a sentence in the letter. Tick at least one, or write your own reasons.</source>
        <translation>Zaznacz, co pasuje. Każdy zaznaczony powód stanie się zdaniem w liście. Zaznacz co najmniej jeden albo opisz własne powody.</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>Twoja sytuacja</translation>
    </message>
    <message>
        <source>Your reasons in your own words (optional)</source>
        <translation>Twoje powody własnymi słowami (opcjonalnie)</translation>
    </message>
    <message>
        <source>Your &amp;reasons (optional)</source>
        <translation>Twoje &amp;powody (opcjonalnie)</translation>
    </message>
    <message>
        <source>Printed as you write it. Say what makes your child&apos;s situation different from other pupils&apos;. For example: a health condition or special need recorded at school; a move to keep someone safe; time in care or an adoption; an exclusion that could be misread.</source>
        <translation>Zostanie wydrukowane tak, jak napiszesz (list jest po angielsku). Napisz, co odróżnia sytuację Twojego dziecka od innych uczniów. Na przykład: choroba lub specjalna potrzeba zapisana w szkole; przeprowadzka dla czyjegoś bezpieczeństwa; piecza zastępcza lub adopcja; wykluczenie, które może zostać źle odczytane.</translation>
    </message>
    <message>
        <source>List each thing that is wrong. Add as many as you need.</source>
        <translation>Wymień każdą błędną rzecz. Dodaj tyle, ile potrzebujesz.</translation>
    </message>
    <message>
        <source>Why should the data be deleted? Tick all that apply.</source>
        <translation>Dlaczego dane powinny zostać usunięte? Zaznacz wszystko, co pasuje.</translation>
    </message>
    <message>
        <source>Why should the use of the data be restricted? Tick all that apply.</source>
        <translation>Dlaczego użycie danych powinno zostać ograniczone? Zaznacz wszystko, co pasuje.</translation>
    </message>
    <message>
        <source>How it affected you or your child (optional)</source>
        <translation>Jak to wpłynęło na Ciebie lub Twoje dziecko (opcjonalnie)</translation>
    </message>
    <message>
        <source>What went &amp;wrong</source>
        <translation>Co poszło &amp;nie tak</translation>
    </message>
    <message>
        <source>For example: the answer left out who the data was given to.</source>
        <translation>Na przykład: w odpowiedzi pominięto, komu przekazano dane.</translation>
    </message>
    <message>
        <source>How it &amp;affected you (optional)</source>
        <translation>Jak to na Ciebie &amp;wpłynęło (opcjonalnie)</translation>
    </message>
    <message>
        <source>Your letter asks for:</source>
        <translation>Twój list prosi o:</translation>
    </message>
</context>
<context>
    <name>WhatNextDialog</name>
    <message>
        <source>What happens next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>Your case is saved. Now:</source>
        <translation>Twoja sprawa jest zapisana. Teraz:</translation>
    </message>
    <message>
        <source>What to do now, step by step</source>
        <translation>Co zrobić teraz, krok po kroku</translation>
    </message>
    <message>
        <source>You can read how npdrights works at any time: Help, then How this works.</source>
        <translation>W każdej chwili możesz przeczytać, jak działa npdrights: Pomoc, a potem Jak to działa.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>WhoAskingPage</name>
    <message>
        <source>Who is asking?</source>
        <translation>Kto pyta?</translation>
    </message>
    <message>
        <source>The letter is written in your words and signed by you, so the organisation knows who is asking and where to send the answer. A parent or adviser also needs to say how they are connected to the child.</source>
        <translation>List jest napisany Twoimi słowami i podpisany przez Ciebie, więc organizacja wie, kto pyta i dokąd wysłać odpowiedź. Rodzic lub doradca musi też napisać, jaki ma związek z dzieckiem.</translation>
    </message>
    <message>
        <source>I&apos;m asking about &amp;myself</source>
        <translation>Pytam o &amp;siebie</translation>
    </message>
    <message>
        <source>You went to school in England, and want your own records.</source>
        <translation>Chodzi o Twoje własne dane ze szkoły w Anglii.</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;parent or carer</source>
        <translation>Jestem &amp;rodzicem lub opiekunem</translation>
    </message>
    <message>
        <source>You&apos;re asking for your child, or for several children.</source>
        <translation>Pytasz w imieniu swojego dziecka albo kilkorga dzieci.</translation>
    </message>
    <message>
        <source>I&apos;m an ad&amp;viser helping a family</source>
        <translation>Jestem &amp;doradcą pomagającym rodzinie</translation>
    </message>
    <message>
        <source>You work for a charity or service, with a signed authority.</source>
        <translation>Pracujesz w organizacji charytatywnej lub służbie i masz podpisane upoważnienie.</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Kto pyta</translation>
    </message>
    <message>
        <source>I&apos;m the child&apos;s carer, not their paren&amp;t</source>
        <translation>Jestem opiekunem dziecka, nie jego rodzice&amp;m</translation>
    </message>
    <message>
        <source>Saved &amp;details</source>
        <translation>&amp;Zapisane dane</translation>
    </message>
    <message>
        <source>&amp;Use these details</source>
        <translation>&amp;Użyj tych danych</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Twój adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Your email address (optional)</source>
        <translation>Twój adres e-mail (opcjonalnie)</translation>
    </message>
    <message>
        <source>Your phone number (optional)</source>
        <translation>Twój numer telefonu (opcjonalnie)</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Twoja organizacja</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>Your &amp;address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>One line for each part, without the postcode.</source>
        <translation>Każda część w osobnym wierszu, bez kodu pocztowego.</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Kod pocztowy</translation>
    </message>
    <message>
        <source>&amp;Email (optional)</source>
        <translation>&amp;E-mail (opcjonalnie)</translation>
    </message>
    <message>
        <source>Only if you want the answer by email.</source>
        <translation>Tylko jeśli chcesz dostać odpowiedź e-mailem.</translation>
    </message>
    <message>
        <source>P&amp;hone (optional)</source>
        <translation>&amp;Telefon (opcjonalnie)</translation>
    </message>
    <message>
        <source>Your &amp;organisation</source>
        <translation>&amp;Organizacja</translation>
    </message>
    <message>
        <source>The charity or service.</source>
        <translation>Organizacja charytatywna lub służba.</translation>
    </message>
</context>
<context>
    <name>WhoChoices</name>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>{household} (family)</source>
        <translation>{household} (rodzina)</translation>
    </message>
</context>
<context>
    <name>WrongFactsModel</name>
    <message>
        <source>What it is about</source>
        <translation>Czego dotyczy</translation>
    </message>
    <message>
        <source>What the answer says</source>
        <translation>Co mówi odpowiedź</translation>
    </message>
    <message>
        <source>What is right</source>
        <translation>Co jest prawidłowe</translation>
    </message>
</context>
</TS>
