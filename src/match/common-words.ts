/**
 * About 2900 frequent English words, lower case, no proper nouns. A single-word alias
 * that is one of them ("Turkey", "Bush", "Mark") is weak: it is highlighted only with supporting
 * evidence on the page. Written by hand, sorted, deterministic.
 */
const WORDS = `
a able about above according across act action activity actually add address admit adult affect
afford afraid after afternoon again against age agency agent ago agree agreement ahead aid aim
air airport alive all allow almost alone along already alright also although always am amazing
among amount an analysis ancient and anger angle angry animal announce annual another answer any
anybody anyone anything anyway anywhere apart apartment apparent appeal appear apple application
apply approach appropriate approve are area argue argument arise arm army around arrange arrest
arrested arrival arrive art article artist as aside ask asleep aspect assess asset assist assume
at atom attach attack attacks attempt attend attention attitude attorney attract audience august
author authority autumn available average avoid award aware away awful baby back background bad
badly bag baker balance ball ban band bank banks bar barely base basic basis basket bat bath
battle be beach bear beat beautiful beauty because become bed bedroom been beer before began
begin beginning behavior behind being belief believe bell belong below belt bench bend beneath
benefit beside best bet better between beyond bicycle big bill billion bird birth birthday
bishop bit bite bitter black blade blame blank blind block blood blow blue board boat body boil
bomb bond bone bonus book boot border born borrow boss both bother bottle bottom bought bound
bowl box boy brain branch brand brave bread break breakfast breath breathe brick bridge brief
bright brilliant bring broad broke broken brother brought brown brush budget build building
bullet burn burst bury bus bush business busy but butter button buy by cabinet cable cake
calculate call calm came camera camp campaign can cancel cancer candidate cap capable capacity
capital captain capture car carbon card care career careful carefully carry case cases cash cast
castle cat catch category caught cause ceiling celebrate cell cent center central century
ceremony certain certainly chad chain chair chairman challenge champion championship chance
change channel chapter character charge charges charity chart chase cheap cheat check cheek
cheese chemical chest chick chicken chief child childhood children chip chocolate choice choose
chord church cigarette circle circumstance citizen city civil claim class classic classroom
clean clear clearly clerk clever client climate climb clinic clock close closed closely clothe
clothes clothing cloud club clue coach coal coast coat code coffee coin cold collapse colleague
collect collection college colony color column combine come comedy comfort comfortable command
comment commercial commission commit commitment committee common communicate communication
community companies company compare comparison compete competition competitive complain
complaint complete completely complex complicated component computer concentrate concept concern
concert conclude conclusion condition conduct conference confidence confident confirm conflict
confuse confused connect connection conscious consequence conservative consider considerable
consideration consist consonant constant constantly construct construction consult consumer
contact contain content contest context continent continue contract contrast contribute
contribution control convention conversation convert convince cook cookie cool cope copy core
corn corner correct cost costs cottage cotton couch could council count counter country county
couple courage course court cousin cover cow crack craft crash crazy cream crease create
creative creature credit crew crime criminal crisis critic critical criticism crop cross crowd
crucial cruel cry crystal cultural culture cup cure curious current currently curtain curve
custom customer cut cycle dad daily damage dance danger dangerous dare dark data date daughter
dawn day dead deal deals dean dear death deaths debate debt decade decide decimal decision
decisions deck declare decline decrease deep deeply defeat defend defense deficit define
definitely definition degree delay deliver delivery demand democracy democratic demonstrate deny
department depend deposit depression depth deputy describe description desert deserve design
designer desire desk despite destroy detail detailed determine develop development device devote
dialogue dictionary did die diet differ difference different difficult difficulty dig digital
dinner direct direction directly director dirt dirty disagree disappear disaster discipline
discount discover discovery discuss discussion disease dish dismiss display distance distant
distinct district divide division divorce do doctor doctors document does dog dollar domestic
dominate done door double doubt down downtown dozen draft drag drama dramatic draw drawer
drawing dream dress drew drink drive driver drop drug drugs drunk dry duck due during dust duty
each eager ear early earn earth ease easily east eastern easy eat economic economy edge edit
edition editor educate education effect effective effort egg eight either elderly elect election
electric electricity element eliminate elite else elsewhere email embrace emerge emergency
emotion emotional emphasis employ employee employees employer employment empty enable encounter
encourage end enemy energy engage engine engineer engineering enjoy enormous enough ensure enter
enterprise entertainment entire entirely entrance entry environment environmental episode equal
equally equate equipment era error escape especially essay essential establish estate estimate
evaluate even evening event eventually ever every everybody everyday everyone everything
everywhere evidence evil exact exactly exam examination examine example excellent except
exchange excite excited exciting excuse executive exercise exhibit exist existence existing exit
expand expansion expect expectation expense expensive experience experiment expert explain
explanation explode explore explosion export expose exposure express expression extend extension
extensive extent external extra extraordinary extreme extremely eye fabric face facility fact
factor factory fail failure fair fairly faith fall false familiar family famous fan fancy far
farm farmer fashion fast fat fate father fault favor favorite fear feature federal fee feed feel
feeling feet fell fellow felt female fence few fewer fiber fiction field fifteen fifth fifty fig
fight fighter fighting figure file fill film final finally finance financial find finding fine
finger finish fire firm first fish fishing fit fitness five fix flag flame flat flavor flee
flesh flight float flood floor flow flower fly focus fold folk follow following food foot
football for force forces foreign forest forever forget forgive form formal former forth fortune
forward found foundation founder four fraction frame frank free freedom freeze frequent
frequently fresh friend friendly friendship from front fruit frustration fuel full fully fun
function fund fundamental funding funds funeral funny furniture further future gain gallery game
gang gap garage garden gardener gas gate gather gave gay gaze gear gender gene general generally
generate generation genetic gentle gentleman gently gesture get ghost giant gift gifted girl
girlfriend give given glad glance glass global glove go goal god gold golden golf gone good got
govern government governor grab grace grade gradually graduate grain grand grandfather
grandmother grant grass grave gray great greatest green grew grocery ground group grow growing
growth guarantee guard guess guest guide guilty gun guy habit had hair half hall hand handle
hang happen happy hard hardly has hat hate have he head headline health healthy hear heard
hearing heart heat heaven heavily heavy height held hell hello help helpful her here heritage
hero herself hey hi hide high highlight highly highway hill him himself hip hire his historian
historic historical history hit hold hole holiday holy home homeless honest honey honor hope
horizon horror horse hospital host hot hotel hour house household housing how however huge human
humor hundred hungry hunt hunter hunting hurry hurt husband hypothesis i ice idea ideal identify
identity if ignore ill illegal illness illustrate image imagination imagine immediate
immediately immigrant immigration impact implement implication imply importance important impose
impossible impress impression impressive improve improvement in incentive inch incident include
including income incorporate increase increased increasing increasingly incredible indeed
independence independent index indicate indication individual industrial industry infant
infection inflation influence inform information ingredient initial initially initiative injured
injury inner innocent inquiry insect inside insight insist inspire install instance instant
instead institution institutional instruction instructor instrument insurance intellectual
intelligence intend intense intensity intention interaction interest interested interesting
internal international interpret interpretation intervention interview into introduce
introduction invasion invent invest investigate investigation investigator investment investor
investors invite involve involved involvement iron is island issue issues it item its itself
jack jacket jail jet jewelry job jobs join joint joke journal journalist journey joy judge
judgment juice jump june junior jury just justice justify keep kept key kick kid kill killed
killer killing kind king kiss kitchen knee knew knife knock know knowledge lab label labor
laboratory lack lady lake land landscape language lap large largely last late later latter laugh
launch law lawn lawsuit lawyer lay layer lead leader leaders leadership leading leaf league lean
learn learning least leather leave led left leg legacy legal legend legislation legitimate lemon
length less lesson let letter level levels liberal library license lie life lifestyle lifetime
lift light like likely limit limitation limited line link lip liquid list listen literally
literary literature little live living load loan local locate location lock log lone long look
loose lose loss lost lot lots loud love lovely lover low lower luck lucky lunch lung machine mad
made magazine magnet mail main mainly maintain maintenance major majority make maker makeup male
mall man manage management manager manner manufacturer manufacturing many map march margin mark
market marketing marriage married marry marshal mask mass massive master match material math
matter may maybe mayor me meal mean meaning means meant meanwhile measure measurement meat
mechanism media medical medication medicine medium meet meeting meetings melody member members
membership memory men mental mention menu mere merely mess message metal meter method middle
might mile military milk million mind mine minister minor minority minute miracle mirror miss
missile mission mistake mix mixture mode model moderate modern modest molecule mom moment money
monitor month mood moon moral more moreover morning mortgage most mostly mother motion
motivation motor mount mountain mouse mouth move movement movie much mud multiple multiply
murder muscle museum music musical musician must mutual my myself mystery myth naked name
narrative narrow nation national native natural naturally nature navy near nearby nearly
necessarily necessary neck need negative negotiate negotiation neighbor neighborhood neither
nerve nervous net network never nevertheless new newly news newspaper next nice night nine no
nobody nod noise nomination none noon nor normal normally north northern nose not note nothing
notice notion noun novel now nowhere nuclear number numeral numerous nurse nut object objective
obligation observation observe observer obtain obvious obviously occasion occasionally
occupation occupy occur ocean odd odds of off offense offensive offer office officer official
officials often oh oil ok okay old on once one ongoing onion online only onto open opening
operate operating operation operator opinion opponent opportunity oppose opposite opposition
option or orange order ordinary organ organic organization organize orientation origin original
originally other others otherwise ought our ourselves out outcome outside oven over overall
overcome overlook owe own owner oxygen pace pack package page pain painful paint painter
painting pair pale palm pan panel pant paper paragraph parent park parking part participant
participate participation particular particularly partly partner partnership party pass passage
passenger passion past patch path patient patients pattern pause pay payment peace peak pearl
peer penalty people pepper per perceive percent percentage perception perfect perfectly perform
performance perhaps period permanent permission permit person personal personality personally
personnel perspective persuade phase phenomenon philosophy phone photo photograph photographer
phrase physical physically physician piano pick picture pie piece pile pilot pine pink pipe
pitch place plain plan plane planet planning plans plant plastic plate platform play player
please pleasure plenty plot plural plus pocket poem poet poetry point pole police policy
political politically politician politics poll pollution pool poor pop popular populate
population porch port portion portrait pose position positive possess possibility possible
possibly post pot potato potential potentially pound pour poverty powder power powerful
practical practice pray prayer precisely predict prefer preference pregnancy pregnant
preparation prepare prescription presence present presentation preserve president presidential
press pressure pretend pretty prevent previous previously price prices pride priest primarily
primary prime principal principle print prior priority prison prisoner privacy private probable
probably problem procedure proceed process produce producer product production profession
professional professor profile profit program progress project projects prominent promise
promote prompt proof proper properly property proportion proposal propose proposed prosecutor
prospect protect protection protein protest proud prove provide provider province provision
psychological psychology public publication publicly publish publisher pull punishment purchase
pure purpose pursue push put qualify quality quart quarter quarterback question questions quick
quickly quiet quietly quit quite quote quotient race racial radical radio rail rain raise ran
range rank rapid rapidly rare rarely rate rates rather rating ratio raw ray reach react reaction
read reader reading ready real reality realize really reason reasonable recall receive recent
recently recipe recognition recognize recommend recommendation record recording recover recovery
recruit red reduce reduction refer reference reflect reflection reform refugee refuse regard
regarding regardless regime region regional register regular regularly regulate regulation
reinforce reject relate relation relationship relative relatively relax release relevant relief
religion religious rely remain remaining remarkable remember remind remote remove repeat
repeatedly replace reply report reported reporter represent representation representative
reputation request require requirement research researcher resemble reservation resident resist
resistance resolution resolve resort resource respect respond respondent response responsibility
responsible rest restaurant restore restriction result retain retire retirement return reveal
revenue review revolution rhythm rice rich rid ride rifle right ring rise risk river road rob
rock role roll romantic roof room root rope rose rough roughly round route routine row rub rule
run running rural rush sacred sad safe safety said sail sake salad salary sale sales salt same
sample sanction sand sat satellite satisfaction satisfy sauce save saving saw say scale scandal
scared scenario scene schedule scheme scholar scholarship school science scientific scientist
scope score scream screen script sea search season seat second secret secretary section sector
secure security see seed seek seem segment seize select selection self sell senate senator send
senior sense sensitive sent sentence separate sequence series serious seriously serve service
services session set setting settle settlement seven several severe sex sexual shade shadow
shake shall shape share shares sharp she sheet shelf shell shelter shift shine ship shirt shock
shoe shoot shooting shop shopping shore short shortly shot should shoulder shout show shower
shrug shut sick side sigh sight sign signal significance significant significantly silence
silent silver similar similarly simple simply sin since sing singer single sink sir sister sit
site situation six size ski skill skin sky slave sleep slice slide slight slightly slip slow
slowly small smart smell smile smoke smooth snap snow so soccer social society soft software
soil solar soldier solid solution solve some somebody somehow someone something sometimes
somewhat somewhere son song soon sophisticated sorry sort soul sound soup source south southern
space speak speaker special specialist species specific specifically speech speed spell spend
spending spin spirit spiritual split spoke spokesman spokeswoman sport spot spread spring square
squeeze stability stable staff stage stair stake stand standard standing star stare start state
statement station statistics status stay stead steady steal steam steel step stick still stir
stock stocks stomach stone stood stop storage store storm story straight strange stranger
strategic strategy stream street strength strengthen stress stretch strike strikes string strip
stroke strong strongly structure struggle student studio study stuff stupid style subject submit
subsequent substance substantial subtract succeed success successful successfully such sudden
suddenly sue suffer sufficient suffix sugar suggest suggestion suicide suit summer summit sun
super supply support supporter suppose supposed supreme sure surely surface surgery surprise
surprised surprising surprisingly surround survey survival survive survivor suspect sustain
swear sweep sweet swim swing switch syllable symbol symptom system table tablespoon tactic tail
take tale talent talk talks tall tank tap tape target task taste tax taxes taxpayer tea teach
teacher teaching team tear teaspoon technical technique technology teen teenager teeth telephone
telescope television tell temperature temporary ten tend tendency tennis tension tent term terms
terrible territory terror terrorism terrorist test testify testimony testing text than thank
thanks that the theater their them theme themselves then theory therapy there therefore these
they thick thin thing think thinking third thirty this those though thought thousand threat
threaten three throat through throughout throw thus ticket tie tight time tiny tip tire tired
tissue title to tobacco today toe together told tomato tomorrow tone tongue tonight too took
tool tooth top topic toss total totally touch tough tour tourist tournament toward towards tower
town toy trace track trade tradition traditional traffic tragedy trail train training transfer
transform transformation transition translate transportation travel treat treatment treaty tree
tremendous trend trial triangle tribe trick trip troop troops trouble truck true truly trust
truth try tube tunnel turkey turn twelve twenty twice twin two type typical typically ugly
ultimate ultimately unable uncle under undergo understand understanding unfortunately uniform
union unions unique unit united universal universe university unknown unless unlike unlikely
until unusual up upon upper urban urge us use used useful user usual usually utility vacation
vaccine valley valuable value variable variation variety various vary vast vegetable vehicle
venture verb version versus very vessel veteran via victim victims victory video view viewer
village violate violation violence violent virtually virtue virus visible vision visit visitor
visual vital voice volume volunteer vote voter vowel vs vulnerable wage wages wait wake walk
wall wander want war warm warn warning was wash waste watch water wave way we weak wealth
wealthy weapon weapons wear weather wedding week weekend weekly weigh weight welcome welfare
well went were west western wet what whatever wheel when whenever where whereas whether which
while whisper white who whole whom whose why wide widely widespread wife wild will willing win
wind window wine wing winner winter wipe wire wisdom wise wish with withdraw within without
witness woman women wonder wonderful wood wooden word work worker workers working works workshop
world worried worry worth would wound wrap write writer writing written wrong wrote yard yeah
year yell yellow yes yesterday yet yield you young younger your yours yourself youth zone
`;

const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Whether a lower-case word is on the hand-written list of frequent English words above. */
export function isFrequentWord(lowerCaseWord: string): boolean {
  return COMMON_WORDS.has(lowerCaseWord);
}

/** The list itself, in order, for tests. */
export function commonWords(): readonly string[] {
  return [...COMMON_WORDS];
}
