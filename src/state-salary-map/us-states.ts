// GENERATED FILE, do not edit by hand: written by scripts/generate-us-states.mjs (npm run generate:map).
// Source: us-atlas (ISC; US Census Bureau cartographic boundaries, public domain).
// The packed format is described in that script; states.ts unpacks it.

/** The Albers USA frame, 975 × 610 px. */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;
/** Pixels per unit of the stored coordinates. */
export const MAP_UNIT = 2;
export const ALPHABET = "!#%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{}~";
/** Unused FIPS numbers; the states are stored in FIPS order. */
export const FIPS_GAPS = [3,7,14,43,52];

export const US_STATES: readonly string[] = [
  "ALAlabama|))&j%I&Y%1hLThRTLSPW5QPVENL=O+",
  "AKAlaska|!!!V%x!<%oVLRPGDVHUK_RSNVuVQQJYXRNOTILDCLREJGNFLOPEROGKWBY?RXIUIPIDNNHKOKFRHUMMIFN",
  "AZArizona|(##2%0!n%=R@RKKEPBTNPE~O~UE~P6;K-;",
  "ARArkansas|('&2%5%x%!yLLTTNIYI^LPOU3NMHJMN:",
  "CACalifornia|'!!L#Z!3!urXFqt~P-QWJQJ]7KLDGDHKLKEKOFF>QIJHPFKLIAPEKHUA",
  "COColorado|'%#r#[#U#AzRaPMYLrEN2K4K",
  "CTConnecticut|&,'}#)'u#&[KPVEPIS",
  "DEDelaware|','k#L'g#DQMNOPUSTHO",
  "DCDistrict of Columbia|(+'^#P']#OPOMONMMN",
  "FLFlorida|**'>%t&~%[PQjMOKTNRXW]NRUYP^LTGPKHJMKHDCQJINOFKHEFHMGTEHFMFPLF",
  "GAGeorgia|)*'/%G&s%/YLYMMRSPQSZWORTTLRMZHNMQ4OLKLEPIJH",
  "HIHawaii|*!#j&=#e&<PHTQSTCS #]&/UOJQ #K&(QLRSIN",
  "IDIdaho|%##-!n!z!VNIU2UPLYOTTYQNJZRMS_TMXQJl5J5HS:NGWB",
  "ILIllinois|%(&L#Q&8#NRFMJTLOHJJgLQWQrKYJWIOJGFHOFJNMJHI",
  "INIndiana|&(&g#P&X#=TMaMQmORHPJVKLHSIMKPQC",
  "IAIowa|&'&&#<%h#,{MPVRQRRMTHPORJVKL,OK@KFMK",
  "KSKansas|(&%U#f%6#RsOgOQOMRRSNh~N~M9M",
  "KYKentucky|'(&r#l&O#vSMREQLSOTIQPRFTLMJTQVOQLRQNRUTDXJP(RMPAO",
  "LALouisiana|)'&8%b&#%JkNQUHWMUcMMQQTLOTVORGKJQLKJQILHHJRFKGOQ=IE",
  "MEMaine|!-(1!R(-!pKLG8SFNEQDQPSKRPR^XUJTGTLJMTHR",
  "MDMaryland|'+'_#M'F#JoHR]TMMSKPLOKGKKOGKONURVFINLOMLMHKIKIPIS",
  "MAMassachusetts|%,(&!{'t!yULWLRKNTTTRMESMLHLAQ",
  "MIMichigan|%)&p#'&_#<QHNEKGOBSHSKOIXRQQNVJVPOTHQPQXG^CP &=!cUJWFQNJTTOQQSORKWLNQULSUDOHMBTKUIE>J",
  "MNMinnesota|%'%y!g%c!F^NQKPUXNZSTMXPGRBYOOLUJTPOMVYVPT!ON9KKQJLFMCLH",
  "MSMississippi|)(&M%L&?%JMGPLS?dMOOMsPaCQKHOK;OOGTE",
  "MOMissouri|''&0#h%n#MrMQPOVTSORRNMVVTRUKTMNMTHNPH%PNHN6JIOJKM",
  "MTMontana|%%#Z!U#-!7rTuSbPLrMY*J:KMTDKHOI>JORBKNHCMH",
  "NENebraska|'&%J#A%(#/cOjOSQSMURQVQ]RU7M+MOC=L",
  "NVNevada|&#!l#H!U##hSiTC~P.LWHNLZ*~Ns",
  "NHNew Hampshire|#-(#!k'}!ZPJUfQPNPJQEPLEOEQK",
  "NJNew Jersey|&+'p#='j#ENMNMSHIIPFVPNRMOMPQNOVJX",
  "NMNew Mexico|(%#g%6#N#pjQlQNSMNJ~P*-JNQ>LMSFM",
  "NYNew York|%+'b!{'?#.TGKISL[MSJKFWC[KQ^QXOVOZ[KGSFPNJFLGH*U",
  "NCNorth Carolina|()'O#{'9#slJgIOQHSVMOPFYQQHOIXHOBEDPKJCPFQCONL[CTL",
  "NDNorth Dakota|%&%G!W%-!DrPbNNXPTOYPV'M:L",
  "OHOhio|&)')#I&q#;YLWQTLWFQ_LZFVJUJKKPFMHK",
  "OKOklahoma|)&%]%-%+#vWNeO~P!ONTPZNdGKDQIKKPCIMO@HO83L",
  "OROregon|&!!V!h!F!FSSMQZRbN_RQSEZNUId6I,DNDUDW5",
  "PAPennsylvania|&*'R#:'9#2TJNQtGUTLVSSITKO/TEPMD",
  "RIRhode Island|&-(*#&()#+LFTP",
  "SCSouth Carolina|(*'E%5'.%,VKYLQRXLZWJWGUJQKSHHMJBEKIIL",
  "SDSouth Dakota|&&%H!{%*!sOCdPwOKRQQNeMVOQGJIOIK4M;M",
  "TNTennessee|((&k%&&J%'OHON[MOLvJbLKTHPAYNPCP6P:O",
  "TXTexas|*&%J%[%+#{kPMf]TOMYSQLSQXKUQROOTNZSWKaERHT>VJWMTQXCLEJKGNIFDKEFFBNIVEHJKJBKLDBNKqRR~Nv",
  "UTUtah|'##;#P#-#/iRLYaQG~P!~O!G",
  "VTVermont|#,'v!i'n!_]JOTKQMWPWGPKD",
  "VAVirginia|'*'P#d'm#XQLKYLM '5#iOPTNUJR@QPTDNKTNTQNOONNONPLPYSPWRS7S2R<PRL",
  "WAWashington|%!!c!A#&!5GlNS>J<NBJOKIIKLOGN@^VNTQGMB",
  "WVWest Virginia|')'>#X'.#^RGVFPBOXWLOTSISLSQHNNQHXKLJ]GRHNMLGH",
  "WIWisconsin|#(&A!y&0!bVKSRPP_RSWLTUEKWK^PV7PJKLFLHCFOFLMRH",
  "WYWyoming|&%#f#,%*!sLgLf#J=KPCR2OHdQ",
];
