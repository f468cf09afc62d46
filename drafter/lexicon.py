"""Word tables for drafter.review: tools, titles, degrees, scope verbs, stock phrases.

Data only. Patterns are regex source strings; drafter.review compiles them. A table entry is
the one place to add a tool, a title word or a stock phrase.
"""

from __future__ import annotations

from drafter.evidence import words

# -- who a clause is about --------------------------------------------------------------------

# A life or career built around a thing is a figure of speech, not a thing built: "I have built my
# career around helping riders".
# A foundation built is what the years left, no thing made: "I built a strong foundation in
# manual testing", "I have built a practical foundation in locks, keys and ...".
FOUNDATION = (
    r"(?:built|build|building|laid|lay|laying) (?:a |my |the )?(?:strong |solid |good |firm )?"
    r"(?:foundation|grounding|base)\b|"
    r"(?:built|gained|developed) (?:a|my) [\w-]+ (?:foundation|grounding) (?:in|for)\b"
)
BUILT_AROUND = (
    r"(?:built|build|building) (?:my|a|our) (?:\w+ )?(?:career|life|week|routine) around\b|"
    # and so is a foundation built
    rf"{FOUNDATION}|"
    # and building on one's studies is going further from them: "Building on my accounting
    # coursework" (not "building on the pilot line I set up in Mexico", which claims the line)
    r"(?:built|build|builds|building) on (?:my|our) (?:[\w-]+ ){0,3}?(?:coursework|courses?|"
    r"studies|training|degree|certificates?|classes|program|background|experience)\b|"
    # and experience built is what the work gave: "I have built the hands-on kiln and glaze
    # experience your posting describes"
    r"(?:built|build|building|gained) (?:up )?(?:the|a|my|some) (?:[\w-]+ ){0,4}?"
    r"(?:experience|skills?|knowledge|background|expertise|confidence)\b|"
    # and building toward a thing is wanting it: "the kind of work I have been building toward"
    r"(?:built|build|builds|building) towards?\b"
)

# Past-tense verbs that do not end in "-ed": a sentence or bullet opening with one is a claim.
PAST_VERBS = words(
    "built led ran wrote taught made drove grew won began set kept cut oversaw brought "
    "spearheaded headed owned managed used rebuilt rewrote became"
)
# Words that say "this is about me" without "I": "experience with X", "years of ...".
CLAIM_CUES = (
    r"experience (?:with|in|using|building)|proficien\w* (?:in|with)|expertise in|"
    r"expert in|fluent in|skilled in|background in|hands-on|track record|years of|"
    r"^(?:my\s+)?(?:skills|tools|certifications|credentials|licen[cs]es)(?=:)"  # a line of them
)
# Words that make the company or the role the subject.
COMPANY_CUES = (
    r"you|your|yours|you're|the team|the role|this role|the position|this position|"
    r"the company|they|their|its|posting|listing|advert|(?-i:ad)"  # (not "AD tracking")
)
# Looking ahead rather than claiming: "I'd love to learn PyTorch", "hope to help 3M riders".
# A capitalised "Learning" after a word is part of a name, not a wish: "the CIPD Certificate
# in Learning and Development", "our Learning Team".
# What the applicant could give ("I can make a meaningful contribution to your office") and what
# might come of a thing ("my conversational Spanish may help at the front desk").
OUTCOME = (
    r"I (?:can|could) (?:make (?:an? )?(?:\w+ )?contribution|contribute)\b"
    r"|(?:may|might|could|should) (?:also |well )?(?:help|be useful|come in handy)\b"
)
INTENT = (
    r"(?<![\w-])learn(?!-)|(?<!machine )(?<!deep )(?<!reinforcement )(?<!statistical )"
    r"(?<![\w-])(?!(?<=\w )(?-i:Learning))learning|"
    r"to explore|exploring|pick(?: \w+)? up|grow into|get to (?:use|work)|get(?:ting)? to know|"
    r"look(?:ing)? forward to|looking for|seeking|excited to|eager to|hope to|would love to|"
    r"want to|I (?:\w+ )?want\b|keen to|wish(?:es)? to|desire to|(?:am|'m) counting on|"
    r"(?:have|'ve) (?:\w+ )?wanted to|wanting to|"
    r"wanted to (?:understand|know|learn|see|find out)\b|"
    r"curious (?:about|how|what|whether|why)|new to me|to try|try out|trying out|"
    r"(?:am|'m)\s+(?:\w+\s+)?new to\b|"  # "I am new to NCG's category management program"
    r"(?:start|starting) (?:from|at) (?:zero|scratch)|"
    r"would like to|'d like to|'d love to|I expect\b|expect to\b|"
    r"I hope|on my (?:[\w-]+ )?list|would be (?:my |a )?(?:first|new)|"
    r"(?:part|thing|area|skill)s? I(?:'m| am) still (?:building|developing|learning)\b|"
    r"still (?:building|developing|growing) (?:my )?(?:[\w-]+ ){0,2}"
    r"(?:skills?|knowledge|experience|confidence|understanding)|growing in|grow in|"
    r"(?:go|going|dig|digging) deeper\b|"
    r"gaps? I (?:\w+ )?(?:would|'d|will|want to|need to|hope to|plan to)|"
    r"(?:still|would|'d) need\b|"
    r"(?:I'd|I would|I'll|I will|and would|and will) (?:gladly |happily )?"
    r"(?:take|do|get|complete|finish|earn|start|welcome|add|"
    r"obtain|pursue|sit|apply for|sign up for|enrol(?:l)? in|register for|upgrade to)\b|"
    r"(?:can|could) help\b|"  # "I am confident I can help keep Riverside Field safe"
    r"(?:ready|willing) to (?:complete|obtain|get|earn|take|pass|sit|start|begin|undergo"
    r"|practi[sc]e|put in|commit|devote|spend)\b|"
    # what the job will demand: "I understand I must earn it within 12 months"
    r"I (?:must|(?:will|would|'ll|'d) (?:need|have) to) (?:\w+ )?(?:earn|get|obtain|pass|complete"
    r"|finish|take)\b|"
    r"down the road|\bmaybe\b|\bsome ?day\b|(?:would|'d) rather\b|prepared me (?:well )?to\b|"
    r"(?:get|come|getting|coming) up to speed|ramp up|"
    r"would be (?:proud|glad|happy|honou?red|delighted|thrilled) to\b|"
    r"within (?:my|the) first (?:\w+ )?(?:year|days|weeks|months)\b|"
    r"(?<![\w-])(?:(?:work|build|grow|push)(?:ing)? towards?|stud(?:y|ying) for|"
    r"prepar(?:e|ing) for|"
    r"to earn|"
    r"pursu(?:e|ing)|I(?:'d| would)? (?:plan|intend|aim) to|"
    r"I(?:'m| am) (?:planning|intending|aiming) to|"
    rf"{OUTCOME}|"
    r"(?:started|begun|began|come|came|grown|grew) (?:to want|wanting)\b|(?:still )?figuring out\b)"
    # a credential still to get: "Working toward the CPP", "I'd plan to get the ISA credential"
)
# A thing of the applicant's still to get is no thing they have: "I plan to earn my Pennsylvania
# Commercial Pesticide Applicator certification", "I would get my notary commission", a bullet
# "Getting my ServSafe Manager certification" (but not "while finishing my BFA", which was done);
# nor is one they want to grow into or work toward: "I am eager to deepen my knowledge of the ADA
# rules", "Working toward my USCG OUPV license".
AIM_GET = (
    r"(?:\b(?:to|would|will|'d|'ll|could|can)\s+(?:\w+ly\s+)?(?:earn|get|finish|complete|pass|"
    r"obtain|take|sit|deepen|broaden|expand|strengthen|sharpen|grow)"
    r"|\b(?:work|working) towards?"
    r"|(?:^|:\s)\W*(?:earning|getting|finishing|completing|passing)"  # and after a label,
    # and joined on to one: "Finishing the IHS course and earning my ... licence"
    r"(?:\b[^.;]*?\band\s+(?:earning|getting|finishing|completing|passing))?"
    # ... or after any doing that opens the topic: "Building on the 12 conversions I assisted
    # with and earning Navien or Rinnai factory certification"
    r"|(?:^|:\s)\W*[A-Z][a-z]+ing\b[^.;]*?\band\s+(?:earning|getting|finishing|completing))"
)
AIM_MY = rf"{AIM_GET}\s+my\b"
# ... unless it is said to be done: "earning my CPTD last spring gave me a grounding".
DONE_WHEN = (
    r"\blast (?:year|spring|summer|fall|autumn|winter|month|week)\b|\bin (?:19|20)\d\d\b|\bago\b|"
    r"\b(?:made|gave|taught|showed|helped) me\b"
)
# A negation disowns everything its clause names: "neither of which I've used", "not X or Y".
NEGATION = (
    r"not(?! (?:just|only|merely)\b)|cannot|never|[a-z]+n't|yet to|lack|neither|nor|"
    # "no experience", "no ArcGIS experience", "no HACCP or PCQI training"
    r"no (?!doubt\b)(?:[\w/.+#'’-]+ ){0,6}(?:experience|training|certification|certificate|"
    r"licen[cs]e|credential|degree|diploma)|"
    r"none of|"
    r"only (?:read|heard|know) (?:about|of)|limited to|less experienced|from the outside|"
    # a spectator's part: "I have only watched Mohawk touch-up work"
    r"only (?:ever )?(?:watched|seen|observed|shadowed)|"
    r"from reading\b|"  # "I know 42 CFR Part 2 from reading rather than practice"
    r"know (?:it |them |this |that )?only (?:from|through|by)|"  # "which I know only from afar"
    r"so far (?:I(?:'ve| have) )?only|"
    r"no (?:[\w/-]+,? ){1,6}yet|"  # "no Snowflake or Bayesian methods yet"
    # "even if BridalLive will be new"
    r"(?:will|would|'ll) be (?:all |completely |entirely )?new\b"
)
# A lead-in that names a gap scopes over the whole sentence after its colon: "Not yet: Kafka",
# "Still to learn: EN 15194", "Gaps: ...". Its words are NEGATION's, INTENT's or these.
GAP_LABEL = r"gaps?|missing|open|to do|need|needs"
# What follows these in a clause is set aside, not claimed: "from Paylane rather than from AWS".
CONTRAST = (
    r"rather than|instead of|as opposed to|other than"
    r"|(?:a long way|a far cry|a step|a world) (?:away )?from"  # "..., which is a long way from X"
)
# Reflection and opinion: what something did to the applicant's thinking, or how a thing feels
# to them, asserts no experience ("It made me think hard about ...", "the part of your role I
# feel most ready for", "the area I know best", "gaps I should name", "where I learned how much
# one extra field can cost", "so making a slow API faster is work I've done"); a thing said to be
# where the applicant stands ("Reporting is where I have started to cross over into planning",
# "The project side is where I have the least to show") places the thing, not a record; a first
# look at something ("my first look at how a committee weighs ...") and the questions the
# applicant keeps asking ("the questions I keep asking at the end of a shift") are curiosity;
# what a task forced or pushed the applicant to do is a lesson drawn from it ("writing a series of
# handouts ... forced me to cut out the jargon"), and so is what it taught the applicant about a
# thing ("a community choir, which has taught me a fair amount about listening"), and so is what
# it gave them a look at or a picture of ("This work has given me a clear picture of how ..."),
# and so is what a task means the applicant is used to ("Editing their copy means I'm used to
# saying why"); how well the applicant's background fits is a judgment of it ("My background is
# a good match"), and so is a line said to describe their work ("that line describes my work
# well"); the part of a job that interests the applicant most is a liking, as the one they like
# most, worry about least or call the hardest is; a foundation, grounding or respect a thing
# gave, what happens when, what the applicant learned to do, took from a thing or remembers most,
# and wondering are lessons; a career built around a thing is a figure of speech.
REFLECTION = (
    r"(?:is|was|are|were) where I\b|"
    # a comparison with the applicant's own: "a much bigger building than anything I've run"; and
    # a job seen as where the applicant's past meets: "the place where both halves of my working
    # life meet"
    r"than (?:anything|what) I(?:'ve| have)?\b|(?:place|job|role) where (?:[\w'-]+ ){1,6}meet\b|"
    # what the applicant is proudest of, before saying what it was: "The project I am proudest
    # of is a plain Excel sheet: ..."
    r"\b(?:project|thing|work|part|result)s? I(?:'m| am| was) (?:most )?proud(?:est)? of\b|"
    r"(?:made|makes|make) me (?:a (?:bit |little )?)?(?:\w+er|more|less)\b|"
    r"(?:made|makes|make) me (?:an? )?(?:more |less |much |far )?(?:\w+ )?"
    r"(?:think|wonder|rethink|reali[sz]e|careful|appreciate|patient|curious|aware|better)|"
    r"(?:means|meant) (?:that )?I(?:'m| am| was) (?:\w+ )?(?:used to|comfortable with)\b|"
    r"(?:taught|showed|shown|reminded|convinced|forced|pushed|challenged) me "
    r"(?:to|that|how|what|why|more|the most|a lot|is|was|(?:[\w-]+ ){0,3}?about)|"
    r"(?<!I )taught me\b|"  # "That role taught me accuracy with money"
    r"(?:gave|given|gives|give) me (?:an? |my first )?(?:[\w-]+ )?"
    r"(?:look|view|window|glimpse|sense|feel|taste|picture|idea|understanding|foundation|"
    r"grounding|grasp|footing|appreciation|respect) (?:at|of|into|for|in)\b|"
    rf"{BUILT_AROUND}|"
    r"(?:know|knew|learned|learnt|saw) what happens (?:when|to|after|if|once)\b|"
    r"(?:know|knew|learned|learnt|see|saw) where (?:[\w-]+ ){1,5}?"  # "where the forms get stuck"
    r"(?:stuck|wrong|breaks?|broke|fails?|failed|slips?|stalls?|stalled)\b|"
    r"learn(?:ed|t) to\b|"
    # what follows from a thing ("which means I have toured a lot of model units"), and other
    # people the applicant met ("The best leasing agents I met seemed to be listening")
    r"(?:means|meant) (?:that )?I\b|"
    r"wondering (?:what|how|why|whether|if)\b|(?:know|knew) which\b|"
    # an impulse, its effect and a peace made: "My first instinct was to show people my way",
    # "made everyone nervous", "I have made my peace with the fax machine"
    r"first instinct (?:was|is) to\b|(?:made|makes) (?:everyone|everybody|people|us|them) "
    r"(?:\w+ )?(?:nervous|uneasy|anxious|laugh|smile|relax)\w*|made (?:my )?peace with\b|"
    r"(?:know|knew) what (?:\w+ly |often |always |tends to )?(?:gets?|goes|is) (?:missed|wrong|"
    r"forgotten|skipped|lost|overlooked)\b|"
    r"the (?:first |very first )?(?:moment|day|point|time) I "
    r"(?:understood|realized|realised|knew|learned|learnt|saw)\b|"
    # the people the applicant meets are the subject: "The dogs I meet at intake usually arrive ..."
    r"the (?:[\w-]+ ){0,3}(?:dogs|cats|animals|people|clients|customers|patients|families|kids|"
    r"children|students|guests|owners|callers|drivers|residents|members|visitors|couples|shoppers) "
    r"I (?:meet|met|see|saw|serve|served|help|helped|work with|worked with|talk to|talked to)\b|"
    r"the (?:best|worst|most \w+|\w+est) (?:[\w-]+ ){0,3}I(?:'ve| have)? (?:ever )?"
    r"(?:met|saw|seen|worked with|known|had|dealt with)\b|"
    r"(?:what|(?:the )?(?:part|thing|side|work|job)s?(?: of (?:(?:the|my|this) )?\w+)?) I"
    r"(?: have|'ve)?"
    r"(?: (?:come|grown) to)? (?:miss|like|liked|love|loved|enjoy|enjoyed|value|cared? about|"
    r"worry about) "
    r"(?:most|best|least)|"
    r"(?:what|that|which) (?:interests|excites|appeals to) me (?:the )?most\b|"
    r"I (?:\w+ )?learned (?:there |then )?that|"
    r"(?:changed|shaped|reshaped) (?:how|the way|what) I|"
    r"how I (?:look at|think about|see|approach)|"
    r"I (?:\w+ly |also )?(?:feel|felt) (?:\w+ly )?(?:most |more |very |quite )?"
    r"(?:ready|prepared|confident|at home|drawn)|"
    r"(?:feels?|felt|seems?) (?:\w+ly )?(?:most |more |very |especially )?\w+ to me|"
    r"I (?:\w+ly )?(?:find|found) (?:it |them |(?:this|that|the|those|these) (?:[\w-]+ ){0,2})?"
    r"(?:\w+ly |most |more |very |so )?"
    r"(?:interesting|exciting|rewarding|fascinating|compelling|satisfying|fun|hard|meaningful)|"
    r"draws? me|drew me|(?:pointed|led|steered) me (?:toward|towards|to)\b|"
    r"I(?:'m| am) (?:\w+ly |also |most )?drawn to|"
    r"I (?:\w+ )?know best|I should (?:name|mention|say|admit)|"
    r"to be (?:open|honest|clear|upfront)|"
    r"(?:learned|learnt|know|knew|understand|saw) how (?:much|many|hard|easy|often|quickly)|"
    r"(?:know|knew|learned|learnt|saw) what (?:[\w,-]+ ){1,6}(?:looks?|feels?|sounds?) like|"
    r"(?:I've|I have|I had) seen how|"
    r"(?:is|are) (?:work|something) I(?:'ve| have) (?:done|seen)|"
    # "keeping colour consistent is work I understand", "colour is something I watch closely",
    # "the hours-of-service line is one I already live with"
    r"(?:is|are) (?:work|something|one|a thing|the kind of thing) I (?:\w+ly |already |also )?"
    r"(?:understand|know|watch|live with|care about|think about|enjoy)\b|"
    r"I (?:\w+ly )?understand (?:how|the value|the importance|the weight)\b|"
    r"(?:my|a|our) first (?:look|glimpse|taste|view) (?:at|of|into|inside)\b|"
    r"(?:is|are|would be|makes? me) (?:an? )?(?:\w+ )?(?:good|strong|close|great|natural|solid) "
    r"(?:match|fit)\b|(?:fits?|suits?|matches) (?:\w+ ){0,3}(?:of )?my (?:background|experience)|"
    r"(?:describes?|sums? up|captures?) (?:my \w+|me|what I do)\b|"
    r"(?:understand|know|see) why\b|what I took (?:away )?from (?:it|that|this)\b|"
    r"(?:know|knew|understand) what (?:[\w-]+ ){1,3}(?:expects?|needs?|wants?|asks?)\b|"
    r"I(?:'ve| have) been wondering\b|what I remember (?:most|best)\b|"
    r"I (?:liked|loved|enjoyed) (?:watching|seeing|hearing)\b|"
    r"the (?:hardest|easiest|best|worst) part of (?:my|the) (?:job|work|day|role)\b|"
    r"the lesson I (?:\w+ )?(?:\w+ed|\w+ing|learnt|took)\b|"
    r"questions? I (?:\w+ly )?(?:keep |kept |still |often )?(?:ask|asked|asking)\b|"
    r"I (?:keep|kept) (?:asking|wondering)\b|"
    r"(?:know|knew|understand|see|saw) what (?:[\w-]+ ){1,4}means? (?:to|for)\b|"
    r"I (?:\w+ly )?(?:smiled|laughed|grinned|winced|nodded|sighed)\b|"
    r"(?:struck|hit|occurred to) me (?:that|how|then)\b|"
    r"(?:worr(?:y|ies)|scares?|bothers?) me (?:less|more|most|least)\b|"
    r"(?:become|grown) (?:\w+ly |a bit |a little )?(?:obsessive|careful|picky|particular|fussy)"
    r" about\b|(?:seen|know|knew|learned|learnt) what (?:[\w-]+ ){1,5}costs?\b|"
    r"(?:came|walked) away (?:convinced|sure|certain|knowing)\b|"
    r"the (?:least|most) \w+ (?:thing|part)s? (?:I do|of (?:my|the) (?:job|work|day))\b|"
    # "the most satisfying phone call I've made at the co-op"
    r"the (?:most|least) [\w-]+ (?:[\w-]+ ){0,2}I(?:'ve| have)? (?:ever )?"
    r"(?:made|done|had|written|taken|worked on|seen|heard)\b|"
    # knowing the people served: "At Ridgeview I knew the regulars"
    r"(?:know|knew|got to know) (?:the |our |my |most of (?:the|our) )?(?:regulars|customers|"
    r"clients|patients|families|residents|members|guests)(?: by name)?\b|"
    r"(?:found|find|discovered|realized|realised) (?:out )?(?:that )?I (?:\w+ly )?"
    r"(?:liked|enjoyed|loved|preferred|like|enjoy|love|prefer)\b|"
    # a lesson said in passing: "A naming rule, [I learned,] is a promise to your future self"
    r"I(?:'ve| have)? (?:learned|learnt|found|realized|realised|discovered)"
    r"(?: early| quickly| later| since| over time| the hard way)?(?=,)"
)
# Courses of study: what one covered is its content ("My 2024 certificate covered the basics") and
# what one was taken to learn is an aim ("completed the certificate to build the vocabulary of
# occupancy, ADR and RevPAR"), neither a record of the applicant's.
STUDIES = (
    r"certificates?|certifications?|courses?|coursework|degrees?|diplomas?|bootcamps?|modules?|"
    r"classes"
)
STUDIED = r"covered|covers|taught|teaches|introduced|introduces|gave|gives"
STUDY_AIMS = (
    r"learn|understand|study|build|gain|get|grasp|master|deepen|broaden|strengthen|"
    r"formali[sz]e|fill|close"
)
# The limit of what the applicant has, said of what was just claimed: "That is my only brush with
# group business", "the only dashboards I have built".
LIMITS = (
    r"(?:my|our) only|(?:what|the (?:one )?thing) I(?:'m| am) (?:still )?(?:missing|lacking)|"
    # a nearest brush with a thing, not the thing: "That is the closest I've come to power chair
    # electronics"
    r"(?:the )?closest I(?:'ve| have)? (?:ever )?(?:come|gotten|got|been) to|"
    # "which I only ever saw as comments", "right now I only have the Food Handler card"
    r"I(?:'ve| have)? only (?:ever )?(?:seen|saw|known|knew|heard|read|watched|have|hold)\b|"
    # a mistake owned, and what it cost: "we had simply left out a document", "It delayed the
    # project and cost me some pride", "to find out what we missed"
    r"(?:I|we)(?: had|'d| have|'ve)? (?:\w+ly |just )?(?:left out|missed|forgot|overlooked|"
    r"got (?:\w+ )?wrong|messed up|mixed up)\b|\bcost (?:me|us)\b|"
    r"the only (?:[\w-]+ ){0,3}(?:I|we)(?:'ve| have)? (?:\w+ly )?(?:done|had|seen|used|built|run)|"
    r"better (?:as an? [\w-]+|in theory|on paper|from (?:books|reading)) than\b|"
    # "a Reunion Weekend for 1,800 guests is far bigger than anything I have planned"
    r"(?:bigger|larger|busier|more \w+) than (?:anything|any \w+) I(?:'ve| have)?\b"
)
# When a pastime is done says nothing about what it is: "I also shoot film in my spare time",
# "Away from work I print on a restored proof press".
LEISURE = (
    r"in (?:my|our|his|her) (?:spare|free|own|off) time|outside (?:of )?work|away from work|"
    r"on (?:the )?weekends|as a hobby|for fun"
)
# An honest gap said about a thing named just before: "ProtoPie, which I have not used yet".
NOT_USED = (
    r"(?:not|never|n't)\s+(?:yet\s+|had the chance to\s+|got to\s+)?"
    r"(?:used|use|tried|try|worked (?:with|in|on)|touched|learned|done|handled|written|held)"
    r"|no (?:hands-on |real |professional )?experience|yet to (?:use|try|work|learn)"
    r"|new to me|still learning|only (?:ever )?(?:watched|seen|observed|shadowed)|from the outside"
    r"|know (?:\w+ )?(?:mostly|only) from"  # "which so far I know mostly from the model side"
)
BACK_REFERENCE = r"which|it|them|that|this|those"
# Going on with something already in use claims it, whatever hope surrounds it: "excited to keep
# using Framer every day like I do now".
STILL_USING = (
    r"keep (?:on )?using|continue (?:to use|using|working with)|still use|"
    r"(?:like|as) I (?:already |currently )?do (?:now|today|already|every day|daily)"
)
# Past verbs of noticing: the possessive after them is still the company's ("I noticed your team
# uses Snowflake"), unlike the object of a verb the applicant did ("I moved its outputs to ...").
# A liking, not a claim of experience: "the kind of engineering I enjoy", "it appeals to me",
# "one of my interests"; and what the applicant was glad to see, or recognised, as what they
# noticed ("I recognised the way I have tried to work").
PREFERENCE = (
    r"I (?:\w+ly |really |also |always |still )?(?:enjoy|enjoyed|like|liked|love|loved|care about|"
    r"admire|value)|appeals? to me|"
    r"caught my (?:attention|eye)|speaks? to me|matters to me|resonates? with me|"
    r"sold me\b|won me over|drew me in|what I miss(?:ed)?\b|"
    r"my (?:\w+ )?interests?|I(?:'m| am) (?:\w+ly |also )?interested in|"
    r"I (?:\w+ly |really |also |just )?(?:want|wish|hope)|my favou?rite|"
    r"(?:grateful|thankful)(?!\s+to\s+(?:be\s+\w+ing|have\s+\w+ed)\b)|"
    r"excited about|excites me|share your|suits? me|for me,? it(?:'s| is)|"
    r"I (?:have |'ve )?(?:\w+ly |also |first )?(?:noticed|seen|saw|read|heard|looked|watched|"
    r"came across|recogni[sz]ed)|"
    r"(?:glad|pleased|happy|delighted|excited|thrilled|surprised) to (?:see|read|find)"
)
PERCEIVED = words(
    "noticed saw read heard learned loved liked admired appreciated enjoyed followed watched "
    "studied reviewed researched explored hoped wished expected feared imagined smiled laughed "
    "grinned winced nodded sighed"
)
# Verbs after "which I (have)" that claim the thing named before: "Snowflake, which I have used".
USED_IT = (
    r"used|use|built|build|ran|run|deployed|deploy|maintained|maintain|wrote|write|shipped|"
    r"managed|manage|administered|configured|set up|worked (?:with|in|on)|work (?:with|in|on)|"
    r"introduced|adopted|migrated|know|designed|created|developed|prototyped|taught|learned|"
    r"trained|train|fine-tuned|wrote"
)

# -- numbers ----------------------------------------------------------------------------------

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
NUMBER_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
NUMBER_WORDS |= {"ninety": 90, "hundred": 100, "dozen": 12, "decade": 10, "doubled": 2}
NUMBER_WORDS |= {"tripled": 3, "quadrupled": 4, "twice": 2, "halved": 2}
VAGUE_NUMBERS = {"hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
# The parts of drafter's prompt, named in capitals there: a draft that names them echoes it.
PROMPT_LABELS = r"TASK|SYSTEM|PROFILE|EVIDENCE|RESEARCH|POSTING"
DISCOURSE_NOUNS = r"words|things|reasons|ways|points|questions|gaps|lessons|terms|parts|sides|areas"
CURRENCY_CODES = r"USD|EUR|GBP|CHF|CAD|AUD|JPY|INR|SEK|NOK|DKK|PLN"
SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}

# -- tools ------------------------------------------------------------------------------------

# canonical name: pattern. Case-insensitive unless the name is also an ordinary word.
TOOLS_ANY_CASE = {
    "python": r"python", "sql": r"sql", "javascript": r"javascript|js", "typescript": r"typescript",
    "java": r"java", "scala": r"scala", "kotlin": r"kotlin", "c++": r"c\+\+", "c#": r"c#",
    "php": r"php", "matlab": r"matlab", "bash": r"bash", "html": r"html", "css": r"css",
    "pandas": r"pandas", "numpy": r"numpy", "scipy": r"scipy",
    "scikit-learn": r"scikit-learn|sklearn", "statsmodels": r"statsmodels",
    "pytorch": r"pytorch", "tensorflow": r"tensorflow", "keras": r"keras",
    "xgboost": r"xgboost", "lightgbm": r"lightgbm", "pyspark": r"pyspark", "hadoop": r"hadoop",
    "airflow": r"airflow", "dbt": r"dbt", "kafka": r"kafka", "snowflake": r"snowflake",
    "bigquery": r"bigquery", "redshift": r"redshift", "databricks": r"databricks",
    "looker": r"looker", "tableau": r"tableau", "power bi": r"power ?bi", "jupyter": r"jupyter",
    "mlflow": r"mlflow", "sagemaker": r"sagemaker", "postgresql": r"postgres(?:ql)?",
    "mysql": r"mysql", "mongodb": r"mongodb|mongo", "redis": r"redis", "cassandra": r"cassandra",
    "dynamodb": r"dynamodb", "elasticsearch": r"elasticsearch", "kubernetes": r"kubernetes|k8s",
    "docker": r"docker", "terraform": r"terraform", "ansible": r"ansible",
    "aws": r"aws|amazon web services", "gcp": r"gcp|google cloud", "azure": r"azure",
    "jenkins": r"jenkins", "github actions": r"github actions", "circleci": r"circleci",
    "prometheus": r"prometheus", "grafana": r"grafana", "datadog": r"datadog", "grpc": r"grpc",
    "graphql": r"graphql", "django": r"django", "fastapi": r"fastapi", "node.js": r"node(?:\.js)?",
    "vue": r"vue(?:\.js)?", "angular": r"angular", "swiftui": r"swiftui", "rabbitmq": r"rabbitmq",
    "figma": r"figma", "adobe xd": r"adobe xd", "photoshop": r"photoshop",
    "illustrator": r"illustrator", "invision": r"invision", "framer": r"framer", "miro": r"miro",
    "zeplin": r"zeplin", "webflow": r"webflow", "axure": r"axure", "protopie": r"protopie",
    "after effects": r"after effects", "dovetail": r"dovetail", "optimizely": r"optimizely",
    "mixpanel": r"mixpanel", "google analytics": r"google analytics", "stata": r"stata",
    "spss": r"spss", "git": r"git", "linux": r"linux", "celery": r"celery", "llms": r"llms?",
    "machine learning": r"machine learning|ml", "deep learning": r"deep learning",
    "nlp": r"nlp|natural language processing", "computer vision": r"computer vision",
    "reinforcement learning": r"reinforcement learning", "causal inference": r"causal inference",
    "bayesian": r"bayesian", "a/b testing": r"a/b[ -]?test(?:s|ing)?|ab tests?",
    "usability testing": r"usability (?:studies|study|tests?|testing)",
    "user research": r"user research", "wcag": r"wcag", "microservices": r"microservices?",
    "time-series forecasting": r"time[- ]series", "ci/cd": r"ci/cd", "d3.js": r"d3(?:\.js)?",
}  # fmt: skip
TOOLS_CASED = {
    "r": r"R", "go": r"Go|[Gg]olang", "rust": r"Rust", "swift": r"Swift", "ruby": r"Ruby",
    "spark": r"Spark", "react": r"React", "flask": r"Flask", "excel": r"Excel",
    "sketch": r"Sketch", "amplitude": r"Amplitude", "sas": r"SAS", "hive": r"Hive",
    "stark": r"Stark", "axe devtools": r"axe DevTools",
    # BI and analytics tools whose names are also ordinary words
    "mode": r"Mode(?: Analytics)?", "hex": r"Hex", "heap": r"Heap",
    "periscope": r"Periscope", "domo": r"Domo", "looker studio": r"Looker Studio",
    # clouds, databases, infrastructure
    "oracle": r"Oracle", "athena": r"(?:AWS |Amazon )?Athena(?! [A-Z])",
    "lambda": r"(?:AWS )?Lambda",
    "druid": r"Druid", "pinot": r"Pinot", "presto": r"Presto", "helm": r"Helm",
    "consul": r"Consul", "envoy": r"Envoy", "sentry": r"Sentry", "vault": r"Vault",
    "spanner": r"Spanner|Cloud Spanner", "pulsar": r"Pulsar", "nomad": r"Nomad",
    # languages and frameworks
    "julia": r"Julia(?! [A-Z])", "dart": r"Dart", "elixir": r"Elixir", "erlang": r"Erlang",
    "haskell": r"Haskell", "perl": r"Perl", "lua": r"Lua", "groovy": r"Groovy",
    "rails": r"Rails|Ruby on Rails", "express": r"Express(?:\.js)?", "flutter": r"Flutter",
    "spring boot": r"Spring Boot|Spring Framework", "ray": r"Ray(?= (?:Tune|Serve|cluster))",
    "beam": r"Apache Beam", "prophet": r"Prophet", "stan": r"Stan(?= models?\b)",
    "shiny": r"Shiny|R Shiny", "jest": r"Jest", "cypress": r"Cypress",
    # design tools
    "principle": r"Principle(?= (?:app|for Mac)\b)", "origami": r"Origami(?: Studio)?",
    "maze": r"Maze", "lookback": r"Lookback", "abstract": r"Abstract(?= app\b)",
    "canva": r"Canva", "indesign": r"InDesign", "postman": r"Postman",
    "puppet": r"Puppet", "vagrant": r"Vagrant", "honeycomb": r"Honeycomb",
    "storybook": r"Storybook", "blender": r"Blender", "hibernate": r"Hibernate",
}  # fmt: skip
# More tools, any case: their names are not ordinary English words.
TOOLS_ANY_CASE |= {
    # BI, analytics and experimentation
    "metabase": r"metabase", "superset": r"superset|apache superset", "qlik": r"qlik(?: ?sense)?",
    "sisense": r"sisense", "thoughtspot": r"thoughtspot", "redash": r"redash",
    "google sheets": r"google sheets", "data studio": r"data studio", "hotjar": r"hotjar",
    "fullstory": r"fullstory", "pendo": r"pendo", "statsig": r"statsig",
    "launchdarkly": r"launchdarkly", "eppo": r"eppo", "growthbook": r"growthbook",
    "fivetran": r"fivetran", "airbyte": r"airbyte", "dagster": r"dagster", "prefect": r"prefect",
    "luigi": r"luigi", "great expectations": r"great expectations", "salesforce": r"salesforce",
    "hubspot": r"hubspot",
    # clouds, databases, data platforms, infrastructure
    "heroku": r"heroku", "vercel": r"vercel", "netlify": r"netlify",
    "digitalocean": r"digitalocean",
    "cloudflare": r"cloudflare", "firebase": r"firebase", "supabase": r"supabase",
    "ec2": r"ec2", "s3": r"s3", "ecs": r"ecs", "eks": r"eks", "gke": r"gke", "aks": r"aks",
    "fargate": r"fargate", "cloudformation": r"cloudformation", "cdk": r"aws cdk|cdk",
    "pulumi": r"pulumi", "kinesis": r"kinesis", "sqs": r"sqs", "sns": r"sns",
    "pub/sub": r"pub/?sub", "dataflow": r"(?:google |cloud )dataflow", "dataproc": r"dataproc",
    "vertex ai": r"vertex ai", "azure ml": r"azure ml", "emr": r"(?:aws|amazon) emr",
    "glue": r"aws glue",
    "synapse": r"azure synapse|synapse analytics", "sql server": r"sql server|mssql|t-sql",
    "sqlite": r"sqlite", "mariadb": r"mariadb", "neo4j": r"neo4j", "clickhouse": r"clickhouse",
    "cockroachdb": r"cockroachdb", "couchbase": r"couchbase", "couchdb": r"couchdb",
    "trino": r"trino", "flink": r"flink", "storm": r"apache storm", "nifi": r"nifi",
    "delta lake": r"delta lake", "iceberg": r"apache iceberg", "hudi": r"hudi",
    "opensearch": r"opensearch", "solr": r"solr", "memcached": r"memcached",
    "timescaledb": r"timescaledb", "influxdb": r"influxdb", "nats": r"nats",
    "zookeeper": r"zookeeper", "istio": r"istio", "linkerd": r"linkerd", "nginx": r"nginx",
    "haproxy": r"haproxy", "argo cd": r"argo ?cd|argo workflows", "flux": r"fluxcd",
    "gitlab ci": r"gitlab(?: ci)?", "bitbucket": r"bitbucket", "travis ci": r"travis(?: ci)?",
    "buildkite": r"buildkite", "teamcity": r"teamcity", "bazel": r"bazel", "gradle": r"gradle",
    "maven": r"maven", "splunk": r"splunk", "new relic": r"new relic", "pagerduty": r"pagerduty",
    "opentelemetry": r"opentelemetry|otel", "jaeger": r"jaeger", "kibana": r"kibana",
    "logstash": r"logstash", "elk": r"elk stack", "loki": r"grafana loki",
    "chef": r"chef infra", "openshift": r"openshift",
    # languages
    "objective-c": r"objective-c", "clojure": r"clojure", "ocaml": r"ocaml", "f#": r"f#",
    "solidity": r"solidity", "cobol": r"cobol", "fortran": r"fortran", "vba": r"vba",
    "powershell": r"powershell", "webassembly": r"webassembly|wasm",
    # frameworks and libraries
    "next.js": r"next\.js|nextjs", "nuxt": r"nuxt(?:\.js)?", "svelte": r"svelte(?:kit)?",
    "react native": r"react native", "jetpack compose": r"jetpack compose", "uikit": r"uikit",
    "laravel": r"laravel", "symfony": r"symfony", ".net": r"\.net|asp\.net|dotnet",
    "nestjs": r"nest\.?js", "redux": r"redux", "tailwind": r"tailwind(?: ?css)?",
    "sass": r"sass|scss", "webpack": r"webpack", "vite": r"vite",
    "jquery": r"jquery", "ember": r"ember\.js",
    "xamarin": r"xamarin", "unity": r"unity3d", "unreal": r"unreal engine",
    "hugging face": r"hugging ?face", "spacy": r"spacy", "nltk": r"nltk", "opencv": r"opencv",
    "jax": r"jax", "dask": r"dask", "polars": r"polars", "pymc": r"pymc\d?",
    "langchain": r"langchain",
    "matplotlib": r"matplotlib", "seaborn": r"seaborn", "plotly": r"plotly", "ggplot2": r"ggplot2?",
    "tidyverse": r"tidyverse", "dplyr": r"dplyr", "streamlit": r"streamlit",
    "kubeflow": r"kubeflow",
    "onnx": r"onnx", "cuda": r"cuda", "pytest": r"pytest", "junit": r"junit",
    "selenium": r"selenium", "playwright": r"playwright",
    "sqlalchemy": r"sqlalchemy", "pydantic": r"pydantic",
    "gin": r"gin-gonic", "actix": r"actix", "tokio": r"tokio",
    # design and research tools
    "balsamiq": r"balsamiq", "uxpin": r"uxpin", "axure rp": r"axure rp", "marvel": r"marvelapp",
    "usertesting": r"usertesting(?:\.com)?", "optimal workshop": r"optimal workshop",
    "lottie": r"lottie", "rive": r"rive app", "penpot": r"penpot", "figjam": r"figjam",
    "mural": r"mural board", "lightroom": r"lightroom", "premiere": r"premiere pro",
    "cinema 4d": r"cinema 4d", "spline": r"spline 3d",
    "useberry": r"useberry", "lyssna": r"lyssna|usabilityhub", "qualtrics": r"qualtrics",
    "surveymonkey": r"surveymonkey", "typeform": r"typeform", "airtable": r"airtable",
    "notion": r"notion ai",
}  # fmt: skip
# Using the left tool shows the right skill: a scikit-learn model is machine learning.
IMPLIES = {
    "scikit-learn": ("machine learning",), "pytorch": ("machine learning", "deep learning"),
    "tensorflow": ("machine learning", "deep learning"), "xgboost": ("machine learning",),
    "keras": ("machine learning", "deep learning"), "postgresql": ("sql",), "mysql": ("sql",),
    "pyspark": ("spark", "python"), "bigquery": ("sql",),
}  # fmt: skip
# Nouns after a name that make it a product worked in: "worked on Metasys systems".
TOOL_NOUNS = (
    r"systems?|software|suite|platform|app|application|module|controls|controllers?|panels|"
    r"machines?|printers?|analy[sz]ers?|plotters?|cutters?|vats?|lathes?|scanners?|rigs?|"
    r"mowers?|saws?|sprayers?|compactors?|grinders?|chippers?|excavators?|folders?|ironers?|"
    r"handhelds?|tablets?"
)
# CamelCase or *.js words that are products people use, not tools they claim.
NOT_TOOLS = words("linkedin youtube paypal iphone ipad macbook ebay whatsapp")

# -- employers, titles, schools, degrees, certifications ------------------------------------

# Capitalised words after "at"/"joined" that are not organisations.
# Words that end an institution's name: "Minneapolis Institute of Art", "Walker Art Center".
INSTITUTIONS = (
    r"Museum|Institute|Society|Hospital|Center|Centre|Foundation|Library|Gallery|Council|Trust|"
    r"Authority|Association|Zoo|Archives?|Conservancy"
)
NOT_ORGS = (
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|The|This|That|A|An|First|Scale|"
    r"Christmas|Thanksgiving|Easter|Halloween|Hanukkah|"
    r"Title"  # "at Title I schools"
)
TITLE_HEADS = (
    r"Engineer|Developer|Analyst|Scientist|Designer|Manager|Director|Architect|Consultant|"
    r"Researcher|Intern|Lead|Specialist|Strategist|Officer|Head|Mentor|Founder|Co-founder|"
    r"CTO|CEO|CFO|VP|Vice President|Programmer|Administrator|Chef|Cook|Nurse|Teacher|"
    r"Technician|Coordinator|Supervisor|Generalist|Inspector|Captain|Foreman|Superintendent|"
    r"Dispatcher|Estimator|Bookkeeper|Accountant|Auditor|Editor|Planner|Producer|Reporter|"
    r"Paralegal|Caregiver|Clerk|Mechanic|Cashier|Aide|Agent|Representative|Leader|Fabricator|Mate|Trainer|Instructor|Chief|"
    r"Boss|Chaplain|Attendant|Teller|"
    # (an assistant's post ends there; "assistant organ curator" goes on)
    r"Assistant(?!\s+(?!(?:at|for|with|on|in|since|to|and|or|of|from|who|which|that|during|when"
    r"|while|but)\b)[a-z])"
)
# Words before a title that make it a lesser post than the title alone: a profile's "Assistant
# manager" does not hold "manager".
LESSER_RANKS = words("assistant deputy acting interim trainee apprentice substitute relief")
# Title words that raise rank or change the job: "Lead Data Analyst" is not "Data Analyst".
# Any other word in front of a title the profile holds only qualifies it ("volunteer mentor").
RANK_WORDS = words(
    "senior sr lead principal staff chief head junior associate director manager vp vice "
    "president founder cofounder co founding executive distinguished fellow cto ceo cfo "
    "engineer developer analyst scientist designer architect consultant researcher intern "
    "specialist strategist officer programmer administrator mentor owner partner"
)
SCHOOL_NAMES = r"MIT|Stanford|Harvard|Caltech|Carnegie Mellon|Georgia Tech|UCLA|NYU|Princeton|Yale"
DEGREES = {
    "bs": r"B\.?Sc?\.?|B\.S\.|Bachelor of Science",
    "ba": r"B\.?A\.?|Bachelor of Arts",
    "bachelor": r"[Bb]achelor'?s?(?: degree)?|undergraduate degree",
    "ms": r"M\.?Sc\.?|MS|M\.S\.|Master of Science",
    "ma": r"M\.?A\.?|Master of Arts",
    # (no "master cook", nor people: "game masters")
    "master": r"(?<!game )(?<!quiz )(?<!web )(?<!scrum )(?<!dungeon )"
    r"(?:[Mm]aster(?:'s|s)(?: degree)?|[Mm]aster degree|Master(?= of ))",
    "mba": r"MBA",
    "other": r"MFA|BFA|B\.?Eng|M\.?Eng|MPhil|MSN|BSN|MPH|M\.?Ed|B\.?Ed|LLB|LLM|JD|DNP|BBA|MSW|BSW|"
    r"MPA|MPP|MArch|BArch|MLIS|MLS",
    "associate": r"[Aa]ssociate'?s? degree|"
    r"Associate (?:of|in) (?:Applied )?(?:Arts|Sciences?|Business|Technology|Nursing)|"
    r"AAS|A\.A\.S\.|A\.A\.|A\.S\.",
    "phd": r"Ph\.?D\.?|[Dd]octorate",
    "degree": r"(?<=\bmy )degree(?= in )"  # "my degree in accounting": any level, that field
    r"|(?:two|four|2|4)-year (?:[a-z]+ ){0,2}degree"  # "a two-year forestry degree"
    r"|(?<![\w-])[a-z]+ (?:science|studies) degree",  # "an animal science degree"
}
# A specific degree satisfies the generic one and back: a BSc is a bachelor's.
GENERIC_DEGREE = {"bs": "bachelor", "ba": "bachelor", "ms": "master", "ma": "master"}
CERT_ACRONYMS = r"CKA|CKAD|CKS|PMP|CFA|CPA|CSM|PSM|CSPO|CISSP|CCNA|CCNP|OSCP|ITIL|TOGAF|CompTIA"
CERT_FILLER = words(
    "certified certification certificate in as a an the my i am license licence endorsement "
    "permit valid current active"
)

# -- scope verbs ------------------------------------------------------------------------------

# Verbs that claim agency over a thing, by family: past forms (and "responsible for") count
# anywhere in a claim, present forms only after "I", "-ing" forms after "after", "while"...
AGENCY = {
    "lead": ("led headed spearheaded directed drove founded championed chaired",
             "lead leads head heads spearhead direct drive drives chair chairs",
             "leading heading spearheading directing driving chairing"),
    "define": ("defined shaped", "define defines shape shapes", "defining shaping setting"),
    "review": ("reviewed approved", "review reviews approve approves", "reviewing approving"),
    "own": ("owned", "own owns", "owning"),
    "manage": ("managed oversaw supervised", "manage manages oversee oversees supervise supervises",
               "managing overseeing supervising"),
    "run": ("ran operated", "run runs operate operates", "running operating"),
    "architect": ("architected", "architect", "architecting"),
    "design": ("designed redesigned", "design redesign redesigns", "designing redesigning"),
    "build": ("built rebuilt created developed implemented established wrote authored",
              "build builds rebuild create develop implement",
              "building rebuilding creating developing"),
    "ship": ("shipped deployed launched released", "ship ships deploy deploys launch release",
             "shipping deploying launching releasing"),
    "maintain": ("maintained", "maintain maintains", "maintaining"),
    "train": ("trained", "train trains", ""),  # a model; people are PEOPLE_PAST's business
    "digitise": ("digitised digitized", "digitise digitises digitize digitizes",
                 "digitising digitizing"),
    "negotiate": ("negotiated", "negotiate negotiates", "negotiating"),
    "calculate": ("calculated computed", "calculate calculates compute computes",
                  "calculating computing"),
    "coordinate": ("coordinated", "coordinate coordinates", "coordinating"),
    "program": ("programmed programed", "program programs", "programming"),
    "commission": ("commissioned", "commission commissions", "commissioning"),
    "produce": ("produced", "produce produces", "producing"),
    "organize": ("organized organised", "organize organizes organise organises",
                 "organizing organising"),
    "open": ("opened", "", ""),  # "opened a second bakery location"
    "dispatch": ("dispatched", "", "dispatching"),  # "dispatched routes for six drivers"
}  # fmt: skip
# Phrases that claim ownership without a verb of their own: "I was responsible for X".
# "set" is a claim only where a person sets something: "I set the roadmap", "having set the
# standards", "the standards I set" (never "a data set", "set up").
AGENCY_PHRASES = (
    r"responsible for|in charge of|accountable for|(?:sole |the )?owner of|rolled out|"
    r"(?:(?<=\bI )|(?<=\bhaving )|(?<=\band )|(?<=\bwho ))set(?! up\b| out\b| of\b)|"
    r"(?:(?<=\bI )|(?<=\bhaving )|(?<=\band ))set up(?= (?:an?|the|our|my|\w+'s)\b)"
)
# A claim that reaches further than any one fact: "across all of Loomly's apps".
BROAD_SCOPE = (
    r"all of(?! (?:it|this|that)\b)|"
    r"all (?:two|three|four|five|six|seven|eight|nine|ten|\d+) of(?! (?:them|us|those)\b)|"
    r"sole|solely|single-handedly|"
    r"across (?:all|every|(?:the|[\w-]+'s) (?:[\w-]+ )?(?:company|organi[sz]ation|org|business))|"
    r"most of (?:the|our|my) (?:\w+ )?(?:team|company|org|organi[sz]ation)'s|"
    r"company[- ]wide|org(?:ani[sz]ation)?[- ]wide|(?:the )?(?:whole|entire) (?:company|"
    r"organi[sz]ation|org|team|product|platform)|the entire (?:[\w-]+ ){1,2}(?:team|department)|"
    r"every (?:team|product|app|service)"
)
# Words that end the object of an agency verb: "designed [the payout service] in Go".
OBJECT_END = words(
    "in at for with on to from across by into over under within via using through during as "
    "which that where while when since after before so because and or but of end alongside "
    "who whom whose i we used too also"
)
SCOPE_FAMILY = {
    "led": "lead", "lead": "lead", "headed": "lead", "spearheaded": "lead", "directed": "lead",
    "drove": "lead", "founded": "lead", "championed": "lead", "oversaw": "manage",
    "managed": "manage", "manage": "manage", "owned": "own", "own": "own", "built": "build",
    "build": "build", "architected": "architect",
    # people verbs (only with a people object, see PEOPLE_VERBS)
    "mentored": "mentor", "mentor": "mentor", "coached": "mentor", "coach": "mentor",
    "supervised": "manage", "supervise": "manage", "trained": "teach", "train": "teach",
    "hired": "hire", "hire": "hire", "recruited": "hire", "onboarded": "teach",
    "mentoring": "mentor", "coaching": "mentor", "supervising": "manage", "training": "teach",
    "hiring": "hire", "recruiting": "hire", "onboarding": "teach",
}  # fmt: skip
# Verbs that claim responsibility for people: a scope claim only with a people object,
# since "trained a model" is not "trained four analysts". Present forms only after "I".
PEOPLE_PAST = r"mentored|coached|supervised|trained|hired|recruited|onboarded"
PEOPLE_PRESENT = r"mentor|coach|supervise|train|hire"
# "-ing" forms claim it after "I've enjoyed", "while", "been"... ("I've enjoyed mentoring two
# junior engineers"), not after a wish ("I'd like to try mentoring").
PEOPLE_ING = r"mentoring|coaching|supervising|training|hiring|recruiting|onboarding"
PEOPLE_ING_CUE = r"after|while|before|since|by|from|when|enjoyed|been|was|am|'m|having|including"
# Words between the verb and the people that end the object: "trained a model for analysts".
NOT_PEOPLE_OBJECT = words(
    "for on with to in by from at about into model models pipeline pipelines system systems "
    "classifier classifiers and or"
)
PEOPLE = (
    r"people|persons?|analysts?|engineers?|developers?|designers?|scientists?|interns?|juniors|"
    r"students?|colleagues?|hires|members|reports|staff|teammates?|researchers?|apprentices?|"
    r"graduates?|new ?joiners|volunteers|children|kids|pupils|learners|contractors|testers|"
    r"managers|leads|crews?|techs|technicians|associates|agents|reps|representatives|cashiers|"
    r"installers|clerks|aides|instructors|operators|drivers|lifeguards|attendants|servers|nurses"
)
# Learners rather than colleagues: mentoring children at a code club is not mentoring engineers.
LEARNERS = words("students student children child kids kid pupils pupil learners learner")
# Teaching someone, not training a model or onboarding a product flow.
_TAUGHT_PEOPLE = (
    rf"(?:trains?|trained|training|onboard|onboarded|onboarding)\s+(?:[\w-]+\s+){{0,5}}?"
    rf"(?:{PEOPLE}"
    # whoever is new is people, whatever their trade: "Trained nine new baristas and booksellers"
    r"|(?:new|newly hired|incoming|seasonal)\s+[a-z]+s)\b"
)
# The words in a fact that license each family's verb; a duty said in the present ("Design and
# deliver gallery workshops") or as a doing ("eight years of building ... landscapes") licenses
# it as the past does.
LICENSE = {
    "lead": r"led|lead|leading|headed|spearheaded|directed|drove|driving|drives?|chaired|founded|"
    # running a place, a crew or a session is leading it; running conduit is not
    r"(?:run|runs|ran|running)\s+(?:an?\s+|the\s+|our\s+|my\s+)?(?:[\w'’/&-]+\s+){0,4}?"
    r"(?:restaurants?|stores?|shops?|kitchens?|shifts?|teams?|crews?|departments?|offices?|"
    r"programs?|programmes?|branch(?:es)?|sites?|clinics?|units?|meetings?|sessions?|"
    r"trainings?|workshops?)\b",
    "manage": r"managed|manage|managing|manager|oversaw|oversee\w*|supervis\w*|line manager|"
    r"direct reports?",
    "own": r"owned|own|owner|ownership|led|responsible for|in charge of",
    # a duty the profile gives as the applicant's own, not as help ("Open and close the store:
    # drawer counts, ...") is one they are responsible for
    "duty": r"owned|own|owner|ownership|led|responsible for|in charge of|"
    r"^(?!(?:help|assist|support|contribut|participat|shadow)\w*)[A-Z][a-z]+(?=,?\s)",
    "run": r"ran|run|running|operated|organi[sz]ed|hosted|facilitat\w*|conducted|designed|started|"
    r"analy[sz]ed|led|lead|leads|leading|owned|manage[sd]?|managing|maintained",
    "build": r"built|builds?|building|created|developed|wrote|written|write|writes|writing|"
    r"authored|drafted|prepared|"
    r"implemented|shipped|coded|engineered|made|makes?|making|fabricat\w*|set up|established|"
    r"put together|introduced|"
    r"filled (?:in|out)",  # a report: "filled in the night report" for "wrote up the report"
    "ship": r"shipped|ship|launched|launch|deployed|deploy|released|release|rolled out|"
    r"in production",
    "architect": r"architected|architecture|designed",
    "design": r"designed|redesigned|architected|design|designs|designing",
    "maintain": r"maintained|maintain|owned|built|ran|operated|led|managed|keep|kept|keeping",
    "train": r"trained|train|training|fine-tuned|built|developed|created",
    "mentor": r"mentor\w*|coach\w*|supervised|managed|line manager",
    "teach": rf"taught|teach(?:es|ing)?|mentor\w*|coach(?:ed|ing)?|workshops?|{_TAUGHT_PEOPLE}",
    "hire": r"hired|hiring|recruit\w*|interview\w*",
    # and a thing set in place by hand: "I set porcelain panels" for "Install porcelain panels"
    "define": r"defined|define|set|sets|setting|shaped|wrote|authored|created|established|led|"
    r"owned|install\w*|placed|laid|hung|mounted",
    "review": r"reviewed|reviews?|reviewing|approved|approv\w*",
    "digitise": r"digiti[sz]\w*",
    "negotiate": r"negotiat\w*",
    "calculate": r"calculat\w*|comput\w*",
    "coordinate": r"coordinat\w*|led|lead|leading|directed|managed|managing|organi[sz]ed|ran",
    "program": r"programm?(?:ed|ing)|coded|configured|wrote|written|developed",
    "commission": r"commission(?:ed|ing)",
    "produce": r"produc(?:ed|e|es|ing|er)",
    "organize": r"organi[sz]\w*|coordinat\w*|planned|ran|run|led|lead|hosted",
    "open": r"open\w*|launch\w*|founded|started",
    "dispatch": r"dispatch\w*|coordinat\w*|scheduled|scheduling|assigned|routed|routing",
}
# The applicant's own job noun in the summary or headline licenses its verb over the summary's
# objects: "Product designer with six years of experience in mobile and web apps" supports
# "I've designed mobile and web apps".
AGENT_NOUNS = {
    "design": r"designer", "build": r"developer|engineer", "manage": r"manager",
    "architect": r"architect", "lead": r"lead",
}  # fmt: skip
# An employer named by reputation rather than by name ("a leading social media company", "a
# Fortune 500 company"): the words that make it anonymous and the nouns that end it.
ANON_PRAISE = (
    r"leading|major|top|top-tier|large|big|big-name|well-known|prominent|global|fast-growing|"
    r"fast growing|high-growth|renowned|world-class|multinational|international|successful|"
    r"household-name|famous|reputable|respected|large-scale|top-\d+|fortune \d+|faang|big tech|"
    r"big four|tier-one|tier one|largest|biggest|best-known|fastest-growing"
)
ANON_NOUN = (
    r"company|companies|firm|firms|platform|startup|start-up|corporation|enterprise|bank|agency|"
    r"retailer|business|organi[sz]ation|consultancy|employer|brand|player|provider|marketplace|"
    r"fintechs?|scale-?ups?|unicorns?|lab|labs|studio|studios|insurer|lender|e-?commerce"
)
# Nouns of ANON_NOUN that name no trade: "a leading company" says nothing more than "an employer",
# while "a leading fintech" claims a fintech.
ANON_GENERIC = words(
    "company companies firm firms corporation enterprise business organisation organization "
    "employer brand player provider startup start-up maker makers manufacturer manufacturers "
    "producer producers supplier suppliers practice shop outfit"
)
WEAK_VERBS = (
    r"contributed|assisted|helped|supported|participated|partnered|collaborated|"
    r"with the [\w ]{1,30} team"
)

# Past forms of common verbs a time clause may take ("once I knew the codebase"), beside
# PAST_VERBS, PARTICIPLES' past forms and any "-ed": a time already passed, not a condition.
STATE_PAST = words("had was were got went came found became felt left met heard")
# Irregular past participles, read as their past forms: "having written the guide" is the claim
# "wrote the guide" (regular ones, "having designed", already share the past form).
PARTICIPLES = {
    "written": "wrote", "taught": "taught", "run": "ran", "begun": "began", "driven": "drove",
    "given": "gave", "taken": "took", "grown": "grew", "drawn": "drew", "shown": "showed",
    "chosen": "chose", "spoken": "spoke", "known": "knew", "done": "did", "seen": "saw",
    "undertaken": "undertook", "overseen": "oversaw", "rewritten": "rewrote", "won": "won",
}  # fmt: skip

# The letter's own business, which claims nothing about the record: what comes with it ("My
# resume is attached", "Please find my CV enclosed"), when and where the applicant can start,
# talk or work ("I can start in January", "I am available for an interview", "open to remote
# work", "glad to be in Dayton full time", "open to either rotation", "happy to talk whenever
# suits you", "two weeks' notice", "I live in Kettering, an easy drive from ...") and what they
# offer to send ("happy to share references on request").
LOGISTICS = (
    r"(?:resume|résumé|CV|portfolio|references?|transcripts?|work samples?|writing samples?)"
    r"(?:\s+\w+){0,3}\s+(?:is|are)?\s*(?:attached|enclosed|included|linked)|"
    r"(?:attached|enclosed|included)\s+(?:\w+\s+){0,2}(?:my\s+)?(?:resume|résumé|CV|portfolio|"
    r"references?|transcripts?|(?:writing|work) samples?)|"
    r"I(?:'m| am) (?:\w+ly |also )?(?:available|free) (?:to (?:start|interview|talk|meet)|for|from|"
    r"at|on|in|starting)|I (?:can|could) start|"
    r"(?:happy|glad|willing) to (?:share|send|provide|forward)|"
    r"(?:open|willing) to (?:remote|hybrid|on-?site|relocat\w+|travel\w*|"
    r"work (?:remotely|on-?site))|"
    r"(?:happy|glad|available|free) to (?:talk|meet|speak|chat|come in|come by|stop by|visit)|"
    r"whenever (?:it )?suits\b|at your convenience|I (?:can|could) (?:meet|talk|interview)\b|"
    r"(?:happy|glad|willing|prepared|ready|able) to (?:be|work|relocate|move|commute) "
    r"(?:in|to|from|at|on-?site)\b|"
    r"\b(?:can|could|would|will|'d|'ll) (?:move|relocate) to\b|^\W*available to start\b|"
    r"(?:open|willing|happy|glad|comfortable|fine) (?:to|with) (?:[\w%–-]+ ){0,5}?"
    r"(?:rotations?|shifts?|schedules?|hours|starts?|weekends|nights|on-call|commute|rota|"
    r"travel|overnights?|overnight stays|trips|training)\b|"
    r"\w+ (?:weeks?|months?)['’]? notice|notice period|(?:give|giving|hand in) (?:my )?notice|"
    r"(?:available (?:to start )?|start )(?:\w+ ){1,2}(?:days?|weeks?|months?) (?:after|from)|"
    r"suits? me\b|works? (?:well )?for me\b|"
    r"I(?:'m| am) (?:also )?(?:fine|okay|OK) with\b|"  # a term of the job accepted
    r"(?:normal|fine|no problem|routine|fair|reasonable) (?:for|to) me\b|sounds? right to me\b|"
    r"(?:days?|hours|shifts?|weekends?|evenings?|nights?|week|travel)(?: \w+){0,3} "
    r"(?:is|are|would be) "
    r"(?:fine|no problem|doable|workable)\b|"
    r"\w+ days on and \w+ off\b|\w+ minutes from\b|"
    # the first weeks in the new job, looked ahead to (not "cut overtime by 18% in the first
    # year", nor "I cut count variances by 35% in my first year")
    r"(?:in|within) (?:my|the) first (?:\w+ )?(?:days|weeks|months)\b|"
    r"(?:(?:would|will|'d|'ll|to|can|could|plan|hope|aim|earning|getting|finishing|completing|"
    r"learning|passing)\b[^.;:]{0,60}?\b|^\W*)"
    r"(?:in|within) my first (?:\w+ )?years?\b|"
    r"I (?:can|could|am able to) (?:work|cover) (?:the |any |a |either )?(?:[\w-]+ ){0,4}?"
    r"(?:schedules?|shifts?|rotations?|hours|nights|weekends)\b|"
    r"(?:schedule|shift|hours|rotation) (?:fits|suits|works for) (?:me|my)\b|"
    r"(?:please )?consider me for\b|(?:(?:would|can|could|will) be|'d be|'ll be) available\b|"
    r"\b(?:could|can) start\b|"
    r"(?:view|see|find) my (?:portfolio|work samples)\b|"
    r"(?:portfolio|work samples) (?:is |are )?(?:available|online)\b|"
    r"\w+ (?:weeks?|months?) to (?:finish|wrap up|hand over|close out)\b|"
    r"(?:rotation|schedule|shift pattern|roster) (?:that |which )?(?:would )?(?:gets?|puts?) me\b|"
    r"I (?:live|am based|'m based) in|"
    r"I (?:can|could) (?:work|be|start) (?:at|in|from)\b|"
    r"(?:short|easy|quick) (?:drive|commute|walk|ride)|commute I can make\b|"
    r"(?:remote work|working remotely|hybrid (?:arrangement|schedule|pattern))"
    r"(?= with| is| would| works| suits| fits)|"
    # pay asked for, and the posting's range it is set against
    r"(?:salary|pay|compensation|wage) (?:expectations?|requirements?|range|band)|"
    r"(?:seeking|asking for|expecting|looking for) (?:a )?(?:base )?(?:salary|pay|wage)\b|"
    r"(?:I am|I'm|I'd be|I would be) (?:seeking|asking for|requesting|expecting) \$|"
    r"(?:seeking|ask(?:ing)? for|expect(?:ing)?|request(?:ing)?|looking for) (?:an? (?:\w+ )?"
    r"(?:rate|salary|wage) "
    r"of )?[$£€][\d.,]+k?(?:\s*(?:per|an|a|/)\s*(?:hour|hr|year|yr)|\s+(?:hourly|annually))|"
    r"posted (?:[$£€][\d.,]+\s*(?:[–-]|to)\s*[$£€][\d.,]+\s+)?"
    r"(?:hourly |salary |pay |wage |compensation )?(?:range|band)|"
    r"the posted (?:(?:hourly )?(?:rate|pay|wage|salary) of )?[$£€][\d.,]+|"  # "the posted
    # $20–$24 an hour is fine", "the posted rate of $23.41 per hour meets my expectations"
    r"(?:comfortable|happy|fine|content) (?:at|with) (?:a (?:rate|salary|wage) of )?[$£€]\d+|"
    # and what the applicant offers to show in an interview
    r"(?:happy|glad|willing) to (?:walk (?:you )?through|show|go over|talk through)\b|"
    r"I (?:can|could) come in\b|(?:show|walk) you (?:how|what) I\b|I (?:can|could) attend\b|"
    r"I(?:'m| am) (?:also )?available (?:for|to|on|during|evenings|weekends|nights|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b|"
    r"(?:best|easiest) (?:time|way) to reach me\b|(?:you can|feel free to) reach me\b|"
    r"(?:a |my own )?reliable (?:car|vehicle|transportation)\b|"
    r"\bvalid (?:\w+ )?driver['’]?s licen[cs]e\b|^\W*based in\b|\bI(?:'m| am) based in\b|"
    r"no objection to (?:\w+ ){0,2}(?:evenings|weekends|nights|travel|overtime|shifts)\b"
)

# A level reached in a test is no place: "My Spanish, tested at ALTA Level 9".
SCORED_AT = r"\b(?:tested|scored|rated|assessed|placed|certified)\s+at\s+$"
# A US state's code in a location ("Madison, WI") names the state: "another Wisconsin winter".
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}  # fmt: skip

# -- style ------------------------------------------------------------------------------------

# How a letter opens and closes: compose drops the model's own, review keeps them out of the body.
GREETINGS = r"dear|hello|hi|hey|greetings|to whom"
SIGNOFFS = (
    r"(?:yours )?sincerely|yours(?: truly| faithfully)?|"
    r"(?:best|kind|warm|warmest)(?: regards| wishes)?|regards|"
    r"thank you(?: for your (?:time|consideration))?|thanks|respectfully|cheers|warmly|"
    r"with gratitude|all the best"
)

# Only phrases that are stock wherever they appear: a plain "I am writing to apply for the X
# role" is not one, and a warning on a clean sentence is a false alarm.
CLICHES = (
    r"I am writing to express my (?:strong |keen )?interest|team player|"
    r"hit the ground running|passionate about|think outside the box|go-getter|synerg(?:y|ies)|"
    r"results-driven|detail-oriented|self-starter|perfect fit|dream job|wealth of experience|"
    r"proven track record|fast learner|quick learner|wear many hats|game[- ]changer|"
    r"(?:take|taking) \w+ to the next level|thrilled to apply"
)
PLACEHOLDERS = (
    r"\[(?!F\d+(?:,\s*F\d+)*\])[^\]\n]{1,60}\](?!\()"
    r"|<(?!https?:|mailto:)[A-Za-z][^<>\n@]{0,60}>"
    r"|\{\{[^}\n]*\}\}|\{[A-Za-z_][\w ]{0,40}\}"
    r"|\b(?:XYZ|ABC|Acme|Example)\s+(?:Corp(?:oration)?|Inc|Company|Co|Ltd|LLC)\b"
    r"|\b(?:Hiring Manager(?:'s)? Name|Your Name|Company Name|Job Title|Position Title|"
    r"Recipient(?:'s)? Name|Your (?:Address|Phone(?: Number)?|Email)|Lorem ipsum|TBD)\b"
    r"|\bX{2,}%?(?!\w)"
)
