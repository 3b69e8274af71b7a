/**
 * Plain-English guidance pages. Every fact here comes from the public pages
 * listed in each page's `sources`, read when this file was written, and is
 * put in our own words. Keep the tone calm: short sentences, no graphic
 * words in titles or headings, never blame the reader.
 *
 * When a fact changes at the source, change it here and update the source.
 * If a fact cannot be checked against a source, leave it out.
 */

export type GuidanceSection = { heading: string; paragraphs: string[]; list?: string[] };
export type GuidancePage = {
  slug: string;
  title: string;
  summary: string;
  sections: GuidanceSection[];
  sources: { title: string; url: string }[];
};

export const GUIDANCE: GuidancePage[] = [
  {
    slug: "reporting-safely",
    title: "Reporting safely",
    summary:
      "What to do if you see images or videos of a child being abused online: how to report them without putting yourself at risk, and how to look after yourself afterwards.",
    sections: [
      {
        heading: "First, take a breath",
        paragraphs: [
          "Seeing this kind of material can be a shock. It is not your fault that you saw it. You have not done anything wrong by coming across it.",
          "If you think a child is in danger right now, call your local emergency number first.",
        ],
      },
      {
        heading: "Do not keep or pass it on",
        paragraphs: [
          "Do not download it, save it, take a screenshot of it or send it to anyone. This includes sending it to warn other people or to ask for help.",
          "Saving or sending these images can be a crime, even when you mean well. Official online safety services in the UK and Australia both say this clearly. Each time the images are shared, the child in them is harmed again.",
          "You do not need a copy to make a report. Hotlines look at the material themselves.",
        ],
      },
      {
        heading: "Write down where you saw it",
        paragraphs: [
          "Before you close the page, write down a few details in a note. Do not capture the images themselves.",
        ],
        list: [
          "The web address (URL) from the address bar of your browser",
          "The name of the website or app",
          "Any usernames or account names linked to it",
          "The date and time you saw it",
        ],
      },
      {
        heading: "Report it",
        paragraphs: [
          "Report the web address to a hotline or to the police. Hotlines are organisations with trained analysts. They check reports, pass them to the police and work to get the material taken down. Many countries have a hotline that is part of the INHOPE network.",
          "Some hotlines only need the web address. You can often report without giving your name. The Internet Watch Foundation (IWF) in the UK and NCMEC's CyberTipline in the US both say you do not have to share your name or contact details.",
          "If you saw it on a website or app, use its own report button too. This can help the platform remove it quickly. Then close the page.",
        ],
      },
      {
        heading: "Look after yourself",
        paragraphs: [
          "It is normal to feel upset or shaken afterwards.",
          "Talk to someone you trust, or contact a support service. You do not have to carry this on your own.",
        ],
      },
    ],
    sources: [
      {
        title: "CEOP Education (Thinkuknow): What to do if you come across child sexual abuse material",
        url: "https://prod.thinkuknow.co.uk/parents/articles/what-to-do-if-you-come-across-child-sexual-abuse-material",
      },
      {
        title: "eSafety Commissioner: Unwanted contact",
        url: "https://esafety.gov.au/esafety-information/esafety-issues/unwanted-contact",
      },
      { title: "Internet Watch Foundation: FAQs", url: "https://www.iwf.org.uk/faqs/" },
      { title: "NCMEC CyberTipline: Frequently Asked Questions", url: "https://report.cybertip.org/faqs" },
      { title: "INHOPE: Where your reports go", url: "https://inhope.org/EN/articles/where-your-reports-go" },
      { title: "INHOPE: What is a hotline?", url: "https://inhope.org/EN/articles/what-is-a-hotline" },
      {
        title: "UK Safer Internet Centre (IWF): Report it, don't ignore it",
        url: "https://saferinternet.org.uk/blog/report-it-dont-ignore-it",
      },
    ],
  },
  {
    slug: "where-to-report",
    title: "Where to report",
    summary:
      "The different places you can report abuse or abuse material: the police, your country's hotline, NCMEC's CyberTipline and the website or app where it happened.",
    sections: [
      {
        heading: "If someone is in danger now",
        paragraphs: [
          "Call your local emergency number. The police can act straight away. The other places on this page are for things that are not an emergency.",
        ],
      },
      {
        heading: "The police",
        paragraphs: [
          "You can report abuse of a child to the police, including abuse that happened online.",
          "Telling the police is your choice if you are an adult reporting what happened to you. A support service can help you think it through.",
        ],
      },
      {
        heading: "Your country's hotline",
        paragraphs: [
          "Many countries have an internet hotline for reporting child sexual abuse material. Hotlines in the INHOPE network let you report without giving your name. A trained analyst checks each report.",
          "If the material is illegal, the hotline passes it to the police. In some cases it can also ask the company hosting the material to remove it. Many hotlines also take reports about grooming and other harms.",
          "Hotlines focus on removing illegal content. For advice and emotional support, contact a helpline instead.",
        ],
      },
      {
        heading: "NCMEC's CyberTipline",
        paragraphs: [
          "The CyberTipline is run by the National Center for Missing & Exploited Children (NCMEC) in the United States. It takes reports about sexual images of children, adults chatting to children about sex, offline abuse and other kinds of exploitation.",
          "NCMEC says anyone can make a report. You can also report if you were under 18 when it happened to you. You do not have to give your name. If you can, say where it happened and where you are, so NCMEC can pass it to the right police.",
        ],
      },
      {
        heading: "The website or app",
        paragraphs: [
          "Most websites and apps have a way to report content or accounts. Use it as well as reporting to a hotline or the police. It can help get content removed faster.",
        ],
      },
      {
        heading: "Reporting channels for your country",
        paragraphs: [
          "Waypoint lists the reporting channels we know about for each country. Choose your country to see them below this guide. If your country has no channel listed yet, the police and the international services above can still help.",
        ],
      },
    ],
    sources: [
      { title: "INHOPE: What is a hotline?", url: "https://inhope.org/EN/articles/what-is-a-hotline" },
      { title: "INHOPE: Where your reports go", url: "https://inhope.org/EN/articles/where-your-reports-go" },
      { title: "NCMEC CyberTipline: Frequently Asked Questions", url: "https://report.cybertip.org/faqs" },
      { title: "Internet Watch Foundation: FAQs", url: "https://www.iwf.org.uk/faqs/" },
      {
        title: "CEOP Education (Thinkuknow): What to do if you come across child sexual abuse material",
        url: "https://prod.thinkuknow.co.uk/parents/articles/what-to-do-if-you-come-across-child-sexual-abuse-material",
      },
    ],
  },
  {
    slug: "image-removal",
    title: "Getting images removed",
    summary:
      "Free services that can help stop sexual images of you or your child from being shared online, what a hash is, and what these services can and cannot do.",
    sections: [
      {
        heading: "This is not your fault",
        paragraphs: [
          "If a private image of you has been shared, or someone is threatening to share it, the person sharing it is in the wrong. It is not your fault, whatever the reason the image was taken. There are people who can help.",
        ],
      },
      {
        heading: "What a hash is",
        paragraphs: [
          "Several of these services use a hash. A hash is like a digital fingerprint: a short code made from a picture or video. Websites can use the code to spot copies of the same picture, without anyone needing to look at it.",
          "With Take It Down and StopNCII, the code is made on your own phone or computer. Only the code is sent. The picture stays with you.",
        ],
      },
      {
        heading: "Take It Down (images from when you were under 18)",
        paragraphs: [
          "Take It Down is a free service from NCMEC. It is for nude, partly nude or sexual images and videos taken when the person was under 18. You can use it now even if you are an adult.",
          "You can stay anonymous. Take It Down makes a hash on your device and shares only the hash. Websites and apps that take part use it to find and remove copies.",
        ],
      },
      {
        heading: "Report Remove (UK, under 18)",
        paragraphs: [
          "Report Remove is run by Childline and the Internet Watch Foundation (IWF). It is for young people under 18 in the UK. If you are 13 or older, you prove your age with an app called Yoti first. You then make a Childline account, which does not need your real name.",
          "The IWF checks what you report. If it can act, it makes a hash and shares it with internet companies to stop the image being posted again. Childline tells you what happened and can support you all the way through.",
        ],
      },
      {
        heading: "StopNCII (adults)",
        paragraphs: [
          "StopNCII.org is for adults whose intimate images have been shared, or may be shared, without their agreement. It makes a hash on your device and sends only the hash. You get a case number and a PIN. Keep them safe, as they cannot be recovered.",
          "If your images are already online, StopNCII suggests reporting them to the platforms first. You can add them to StopNCII as well.",
        ],
      },
      {
        heading: "NeedHelpNow.ca (Canada) and eSafety (Australia)",
        paragraphs: [
          "NeedHelpNow.ca, from the Canadian Centre for Child Protection, helps young people get sexual pictures and videos taken down. It explains what to put in a removal request, such as your age and that you are the person in the picture.",
          "In Australia, the eSafety Commissioner takes reports of image-based abuse from people of any age. Its team can ask a website or app to remove an image for you and help you find support. If the person in the image is under 18, you can also report to the Australian Centre to Counter Child Exploitation (ACCCE).",
        ],
      },
      {
        heading: "What these services cannot do",
        paragraphs: ["These services help a lot, but they have limits."],
        list: [
          "Take It Down only works on public or unencrypted websites and apps that have agreed to take part.",
          "StopNCII's partner companies remove matches that break their own rules.",
          "Report Remove can only help with images that are public online, not images in private chats or saved on someone's phone.",
          "None of them can promise that every copy everywhere will be removed.",
        ],
      },
    ],
    sources: [
      {
        title: 'NCMEC press release: NCMEC Launches New Service That Can Help You "Take It Down"',
        url: "https://www.wtap.com/prnewswire/2023/02/27/ncmec-launches-new-service-that-can-help-you-take-it-down/",
      },
      { title: "StopNCII.org: FAQ", url: "https://stopncii.org/gyik" },
      {
        title: "StopNCII.org: How it works (Swedish-language page)",
        url: "https://stopncii.org/how-it-works/?lang=sv-se",
      },
      {
        title: "Internet Watch Foundation: Report Remove",
        url: "https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove",
      },
      {
        title: "CEOP Education: Reporting nude images",
        url: "https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/",
      },
      {
        title: "Childline: Report Remove",
        url: "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove-down/",
      },
      {
        title: "NSPCC Learning: Supporting young people to take down nudes shared online",
        url: "https://learning.nspcc.org.uk/research-resources/report-remove",
      },
      {
        title: "NeedHelpNow.ca: Steps you can take to get pictures/videos off the Internet",
        url: "https://needhelpnow.ca/app/en/resources_removing_pictures",
      },
      {
        title: "eSafety Commissioner: How to report image-based abuse",
        url: "https://www.esafety.gov.au/report/image-based-abuse",
      },
      {
        title: "eSafety Commissioner: Report to the eSafety Commissioner",
        url: "https://www.esafety.gov.au/image-based-abuse/action/remove-images-video/report-to-us",
      },
      {
        title: "ThinkUKnow Australia: What we don't do",
        url: "https://www.thinkuknow.org.au/index.php/get-help/what-we-dont-do",
      },
      {
        title: "Internet Watch Foundation: Think Before You Share (for teenagers)",
        url: "https://thinkbeforeyoushare.org/teenagers",
      },
    ],
  },
  {
    slug: "when-a-child-tells-you",
    title: "If a child tells you",
    summary:
      "For parents, carers and anyone a child trusts: how to listen and respond if a child tells you about abuse, and where to get help next.",
    sections: [
      {
        heading: "They chose you",
        paragraphs: [
          "It takes great courage for a child to tell someone. Many children wait a long time, and some never tell. They may be afraid no one will believe them, or they may have told someone before and nothing changed.",
          "Children often share a little at a time, and telling can happen over a long period. Take every part seriously.",
        ],
      },
      {
        heading: "While they are talking",
        paragraphs: [],
        list: [
          "Stay as calm as you can. If you look shocked or doubtful, they may stop talking or take back what they said.",
          "Listen, and let them use their own words at their own pace.",
          "Tell them you believe them and that you are glad they told you.",
          "Tell them it is not their fault, and that they have done the right thing.",
          "They may feel angry, sad or even guilty. Let them know that is OK, and that it is still not their fault.",
          "Do not ask lots of questions or push for details. Do not suggest what might have happened. Trained professionals will do that part.",
          "Do not promise to keep it a secret. Explain that you need to tell someone who can help keep them safe.",
          "Try not to say angry things about the person who hurt them.",
        ],
      },
      {
        heading: "Afterwards",
        paragraphs: [],
        list: [
          "Explain simply what you will do next.",
          "Write down what they said, in their own words, as soon as you can. Keep it as accurate as possible.",
          "Do not confront the person they told you about. It could make things worse for the child.",
          "If the child is in danger now, call your local emergency number.",
          "Otherwise, contact the police or your local child protection service soon, while the details are fresh.",
        ],
      },
      {
        heading: "Look after yourself too",
        paragraphs: [
          "Hearing this can be very distressing, and it is normal not to know what to do.",
          "You do not have to work out what to do alone. Helplines for adults who are worried about a child can talk it through with you. Waypoint's search lists child helplines, support services and reporting channels in your area.",
        ],
      },
    ],
    sources: [
      {
        title: "NSPCC: What to do if a child reveals abuse",
        url: "https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/what-to-do-child-reveals-abuse/",
      },
      {
        title: "NSPCC Learning: Recognising and responding to abuse",
        url: "https://learning.nspcc.org.uk/child-abuse-and-neglect/recognising-and-responding-to-abuse",
      },
      {
        title: "Darkness to Light: Being the safe adult",
        url: "https://www.d2l.org/get-help/being-the-safe-adult/",
      },
      {
        title: "Valoris: Strategies if you are worried for a child",
        url: "https://www.valorispr.ca/en/protecting-a-child/are-you-worried-for-a-child/strategies",
      },
      {
        title: "Lewisham Council: What to do if a child tells you about abuse",
        url: "https://lewisham.gov.uk/myservices/children-and-young-people-service/keeping-children-safe/information-for-parents-and-carers/what-to-do-if-a-child-tells-you-about-abuse",
      },
    ],
  },
  {
    slug: "protecting-children-online",
    title: "Keeping children safe online",
    summary:
      "Everyday ways to help children stay safe online, what parental controls can and cannot do, signs that something may be wrong, and what to do if a child is being threatened.",
    sections: [
      {
        heading: "Keep talking",
        paragraphs: [
          "Talk with children about their online lives often, not just once. Ask what apps and games they use and who they talk to. Explore them together.",
          "Make sure they know they can talk to you if anything online makes them feel unsafe or worried. Children may not ask for help if they feel ashamed or think they will be blamed.",
        ],
      },
      {
        heading: "Settings and parental controls",
        paragraphs: [
          "Go through privacy settings together. Keep details like full name, school, address and phone number private.",
          "Parental controls can block some sites and apps, filter content, limit who can contact a child and set time limits. They work best when set up on every device the child uses and checked regularly.",
          "Controls are not enough on their own. They have limits, and children can sometimes get around them. Use them alongside supervision and open conversation.",
        ],
      },
      {
        heading: "Signs something may be wrong",
        paragraphs: [
          "Grooming is when someone builds trust with a child so they can abuse or exploit them. It can happen online or in person, by a stranger or by someone the child knows. Children often do not realise it is happening.",
          "No single sign proves anything. But these may be worth a gentle conversation:",
        ],
        list: [
          "Being very secretive about who they talk to online",
          "Spending much more or much less time online than usual",
          "Seeming upset, withdrawn or angry after being online",
          "New gifts, money or things they cannot explain",
          "Someone asking them to keep secrets, send pictures, move to a private chat or meet up",
        ],
      },
      {
        heading: "If a child is being threatened for images or money",
        paragraphs: [
          "Sometimes a person tricks a child into sending a picture, then threatens to share it unless they send money or more pictures. This is called sextortion. The person making the threats is to blame, not the child and not you.",
        ],
        list: [
          "Do not pay and do not send anything more. Paying rarely makes it stop.",
          "Stop all contact with the person.",
          "Keep the messages, usernames and profile links. Do not delete the account or chat, as this can help the police. You can screenshot the messages, but never save or screenshot sexual images of anyone under 18.",
          "Report and block the account on the app or website.",
          "Report it to the police or your country's reporting service. Waypoint lists these for your country.",
          "Use a removal service such as Take It Down or NeedHelpNow.ca if images may be shared.",
          "If you fear for the child's safety right now, call your local emergency number.",
        ],
      },
    ],
    sources: [
      {
        title: "eSafety Commissioner: Parental controls",
        url: "https://www.esafety.gov.au/parents/issues-and-advice/parental-controls",
      },
      {
        title: "eSafety Commissioner: Deal with sextortion",
        url: "https://www.esafety.gov.au/key-issues/image-based-abuse/take-action/deal-with-sextortion",
      },
      {
        title: "eSafety Commissioner: Unwanted contact",
        url: "https://esafety.gov.au/esafety-information/esafety-issues/unwanted-contact",
      },
      {
        title: "NSPCC Learning: Grooming – recognising the signs",
        url: "https://learning.nspcc.org.uk/news/2019/may/grooming-often-discovered-not-disclosed-how-can-teachers-spot-signs",
      },
      {
        title: "Childnet: How can I tell if someone I know is being groomed?",
        url: "https://www.childnet.com/young-people/secondary/grooming/how-can-i-tell-if-someone-i-know-is-being-groomed",
      },
      {
        title: "Internet Matters: Protect your child from online grooming",
        url: "https://www.internetmatters.org/issues/online-grooming/protect-your-child/",
      },
      {
        title: "ITV News: How to spot if your child is being groomed (NSPCC advice)",
        url: "https://www.itv.com/news/2019-07-30/how-spot-if-your-child-is-being-groomed-and-keep-them-safe-online",
      },
      {
        title: "iPrevent Blackburn: What if this is happening to someone I know?",
        url: "http://ipreventblackburn.org.uk/grooming/what-if-this-is-happening-to-someone-i-know/",
      },
      {
        title: "Canadian Centre for Child Protection: Campaign delivers sextortion information to youth and caregivers",
        url: "https://protectchildren.ca/en/press-and-media/news-releases/2024/sextortion-information-campaign",
      },
      {
        title: "National Children's Advocacy Center: Steps to take following financial sextortion (NCMEC advice)",
        url: "https://www.nationalcac.org/steps-to-take-following-financial-sextortion/",
      },
      {
        title: "The Smith Family: Understanding parental controls",
        url: "https://www.thesmithfamily.com.au/my-smith-family/families/articles/digital-skills/online-safety/understanding-parental-controls",
      },
    ],
  },
  {
    slug: "your-rights",
    title: "Your rights and compensation",
    summary:
      "How state and national compensation schemes for victims of crime generally work, including time limits, reporting to the police and schemes in the EU, the US, the UK and Australia.",
    sections: [
      {
        heading: "What compensation schemes are",
        paragraphs: [
          "Many countries and states run schemes that pay money to victims of violent crime, including sexual abuse. They can help with some costs, such as counselling, medical care or lost earnings. Some also pay for the harm itself.",
          "No payment can undo what happened. But it is something you may have a right to, and applying is your choice.",
        ],
      },
      {
        heading: "Rules that often apply",
        paragraphs: ["Each scheme has its own rules, but some are common:"],
        list: [
          "You usually apply to the scheme where the crime happened, not where you live now.",
          "Most schemes expect the crime to have been reported to the police. Some ask you to help with the police inquiry.",
          "The person who hurt you often does not need to have been charged or convicted.",
          "There are time limits. Some schemes allow more time for people who were abused as children.",
        ],
      },
      {
        heading: "In the European Union",
        paragraphs: [
          "Every EU country must have a scheme for victims of violent, intentional crimes committed on its territory (Directive 2004/80/EC).",
          "If the crime happened in another EU country, you can apply through an office in the EU country where you live, called the assisting authority. The country where the crime happened decides on your claim and pays any compensation.",
        ],
      },
      {
        heading: "In the United States",
        paragraphs: [
          "Every state has a crime victim compensation programme. These can pay costs such as medical care, mental health counselling and lost wages.",
          "They are a payer of last resort. This means they do not pay for costs already covered by things like insurance or money from the offender.",
        ],
      },
      {
        heading: "In the United Kingdom",
        paragraphs: [
          "In England, Wales and Scotland, the Criminal Injuries Compensation Authority (CICA) runs the scheme. The crime must have been reported to the police. You should usually apply within two years, but you may be able to apply later if you are claiming for abuse in childhood.",
          "Northern Ireland has its own scheme, run by Compensation Services. You should usually apply within two years, but late claims may be accepted if it was not reasonable to apply sooner. People who experienced historical sexual abuse may be eligible.",
        ],
      },
      {
        heading: "In Australia",
        paragraphs: [
          "Each state and territory has its own victims of crime scheme, with its own rules.",
          "The National Redress Scheme is for people who were sexually abused as children while in the care of an institution. It can offer counselling, a payment and a personal response, such as an apology, from the institution. You can accept any or all of these. The scheme runs until 30 June 2027.",
        ],
      },
      {
        heading: "Get advice first",
        paragraphs: [
          "Rules and deadlines change, and they differ from place to place. What is written here is general information, not legal advice.",
          "Before you apply or accept an offer, talk to a victim support service or a lawyer. Many can help for free. Waypoint's search lists compensation schemes and legal help for your country.",
        ],
      },
    ],
    sources: [
      {
        title: "EUR-Lex: Compensation for victims of crime in other EU countries (summary of Directive 2004/80/EC)",
        url: "https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=LEGISSUM%3Al33174&print=true",
      },
      {
        title: "legislation.gov.uk: Council Directive 2004/80/EC relating to compensation to crime victims",
        url: "http://www.legislation.gov.uk/eudr/2004/80/chapter/I/adopted",
      },
      {
        title: "Office for Victims of Crime: New Directions from the Field, chapter 14 – Crime Victim Compensation",
        url: "https://ovc.ojp.gov/sites/g/files/xyckuh226/files/pubs/OVC_Archives/directions/pdftxt/chap14.txt",
      },
      {
        title: "Office of Justice Programs: Crime victim compensation program directory",
        url: "https://ojp.gov/ncjrs/virtual-library/abstracts/program-directory-1997",
      },
      {
        title: "Office of Justice Programs: State crime victim compensation and assistance grant programs",
        url: "https://www.ojp.gov/library/publications/state-crime-victim-compensation-and-assistance-grant-programs-0",
      },
      {
        title: "GOV.UK: Claim compensation if you were the victim of a violent crime – eligibility",
        url: "https://www.gov.uk/claim-compensation-criminal-injury/eligibility",
      },
      {
        title: "nidirect: Claiming compensation for criminal injuries",
        url: "https://nidirect.gov.uk/articles/compensation-criminal-injuries",
      },
      {
        title: "European e-Justice Portal: Compensation claims in Northern Ireland",
        url: "https://beta.e-justice.europa.eu/491/EN/if_my_claim_is_to_be_considered_in_this_country?NORTHERN_IRELAND&member=1",
      },
      {
        title: "Victorian Law Reform Commission: Victim compensation schemes – comparative table",
        url: "https://www.lawreform.vic.gov.au/publication/family-violence-and-the-victims-of-crime-assistance-act-1996consultation-paper/appendix-b-victim-compensation-schemes-comparative-table/",
      },
      {
        title: "National Redress Scheme: What is in an offer of redress",
        url: "https://www.nationalredress.gov.au/apply/what-offer-redress",
      },
      {
        title: "Legal Aid NSW: National Redress Scheme",
        url: "https://legalaid.nsw.gov.au/my-problem-is-about/victims-rights/national-redress-scheme",
      },
    ],
  },
];
