from common import doc, emit, req_ids

CID = "b8-016"
DOS = "2026-03-12"

d1 = doc("d1", "progress_note", DOS, """
LOCAL TITLE: PULMONARY ALPHA-1 CLINIC NOTE
STANDARD TITLE: PULMONARY DISEASE OUTPATIENT NOTE
DATE OF NOTE: MAR 12, 2026@10:48      ENTRY DATE: MAR 12, 2026@10:51:07
      AUTHOR: OKONJO,ADAEZE C             EXP COSIGNER:
     URGENCY:                                  STATUS: COMPLETED

PATIENT: LINDQVIST,PER-ERIK   DOB: SEP 3,1957   AGE: 68   SEX: M   MRN: 3385-019-44
PRIMARY PAYER: MEDICARE PART B

CHIEF COMPLAINT: weekly augmentation, quarterly review

HISTORY:
68 yo M with AATD (compound heterozygote PI*Z / PI*Mmalton by SERPINA1 sequencing 2020) and emphysema,
on weekly Prolastin-C Liquid since 11/2020. Over the last quarter: no exacerbations, no ED visits, no
antibiotics. Exercise tolerance unchanged - bikes 5 miles on flat trails. Cough minimal.
Prior to augmentation he had 2-3 exacerbations per year. Ex-smoker, quit 2004 (30 pack-years).
Brother (64) PI*MZ; nephew untested.

CURRENT OUTPATIENT MEDICATIONS:
  PROLASTIN-C LIQUID 60MG/KG IV WEEKLY (CLINIC)
  BUDESONIDE 160MCG/FORMOTEROL 4.5MCG INHL 2 PUFFS BID
  ALBUTEROL 90MCG INHL 2 PUFFS Q4H PRN
  TAMSULOSIN 0.4MG CAP 1 QHS
  ASPIRIN 81MG EC TAB 1 DAILY

OBJECTIVE:
  BP 132/80  P 66  R 16  T 97.9 F  SpO2 95% RA   WT 66.0 kg (145.5 lb)   HT 172.7 cm
  Lungs: decreased air entry at bases, no wheeze or crackles. Heart RRR. No edema or clubbing.
  SPIROMETRY (02/26/2026): FEV1 1.46 L (49% PRED), FVC 3.51 L, FEV1/FVC 0.42. 02/2025: FEV1 1.49 L (50% PRED).
  CT CHEST (2023): panlobular emphysema, lower lobes > upper; no nodules.

ASSESSMENT:
  1. Alpha-1 antitrypsin deficiency (E88.01), PI*Z/Mmalton, serum AAT 0.39 g/L pre-treatment.
  2. Emphysema, panlobular (J43.1) - stable; annual FEV1 loss 30 mL.
  Response to augmentation: good - exacerbation-free for 14 months, stable spirometry, maintained activity.

PLAN:
  - Continue Prolastin-C Liquid 60 mg/kg IV weekly; today's dose given in clinic (see IV note).
  - Spirometry 09/2026. Hepatitis B booster due 04/2026.
  - RTC 3 months.

/es/ ADAEZE C. OKONJO, MD
PULMONARY AND CRITICAL CARE
Signed: 03/12/2026 10:55
""")

d2 = doc("d2", "infusion_record", DOS, """
LOCAL TITLE: IV THERAPY ADMINISTRATION NOTE
DATE OF NOTE: MAR 12, 2026@09:58      AUTHOR: BRANNIGAN,SEAN P (RN)     STATUS: COMPLETED

PATIENT: LINDQVIST,PER-ERIK   MRN 3385-019-44   LOCATION: PULM INFUSION CHAIR 3
WEIGHT USED FOR DOSING: 66.0 kg (today)

ORDER: PROLASTIN-C LIQUID (ALPHA1-PI) 60 mg/kg IV X1 = 3,960 mg
DISPENSED: 4 vials x 1,000 mg/20 mL  LOT 27NMW40  EXP 10/31/2026   (4,000 mg / 80 mL total)

TIMELINE (24 h clock, hh.mm):
  08.52  patient checked in, ID verified x2
  09.00  pre-infusion VS: BP 132/80, P 66, SpO2 95% RA
  09.06  PIV 22g R forearm, +blood return, NS 10 mL flush
  09.12  BCMA scan of 4 vials
  09.15  infusion started via pump at 3.2 mL/min
  09.30  VS: BP 128/78, P 64; no symptoms
  09.41  infusion stopped - 79.2 mL infused = 3,960 mg
  09.42  0.8 mL (40 mg) left in last vial wasted in pharmaceutical waste, witness R. Koenig, RN
  09.43  NS 20 mL flush
  09.55  post VS: BP 130/78, P 64, SpO2 96%; PIV out, site clean

AMOUNT ADMINISTERED: 3,960 mg
AMOUNT WASTED: 40 mg
REACTIONS: none
PATIENT DISCHARGED: 10.02, ambulatory, to home

BILLING (auto-posted from BCMA): J2252 x 3960 units; J2252-JW x 40 units; 96365 x 1

/es/ SEAN P. BRANNIGAN, RN
""")

d3 = doc("d3", "lab_report", "2020-09-21", """
LABORATORY REPORT (HL7 v2.5.1 ORU^R01, flattened by interface engine)
PID|1||3385-019-44^^^MRN||LINDQVIST^PER-ERIK||19570903|M
ORC|RE|O2009180021|F2009210334||CM
OBR|1|O2009180021|F2009210334|A1AT-DX^Alpha-1 antitrypsin diagnostic panel|||20200918081500|||||||||OKONJO^ADAEZE^C|||||20200921161000||LAB|F
OBX|1|SN|1825-9^Alpha-1-antitrypsin [Mass/volume] in Serum^LN||^0.39|g/L|0.90-2.00|L|||F|||20200918081500
OBX|2|ST|32769-2^Alpha-1-antitrypsin phenotype (IEF)^LN||MZ||MM|A|||F
NTE|1|L|IEF pattern MZ. A low level with an apparent MZ pattern suggests an M-like deficient or null allele; sequencing performed.
OBX|3|ST|SERPINA1-SEQ^SERPINA1 full gene sequencing^L|1|c.1096G>A p.(Glu366Lys) heterozygous - PI*Z||||||F
OBX|4|ST|SERPINA1-SEQ^SERPINA1 full gene sequencing^L|2|c.226_228delTTC p.(Phe76del) heterozygous - PI*Mmalton||||||F
OBX|5|TX|SERPINA1-SEQ^Interpretation^L|3|Compound heterozygous PI*Z / PI*Mmalton. Both are deficiency alleles; consistent with severe AATD. Mmalton is not distinguished from M by IEF.||||||F
OBX|6|NM|1988-5^C reactive protein^LN||0.8|mg/L|0.0-5.0|N|||F
OBX|7|NM|2458-8^IgA^LN||256|mg/dL|70-400|N|||F
OBX|8|NM|1742-6^ALT^LN||22|U/L|7-56|N|||F
OBX|9|NM|1920-8^AST^LN||25|U/L|10-40|N|||F
OBX|10|NM|2324-2^GGT^LN||35|U/L|8-61|N|||F
OBX|11|NM|718-7^Hemoglobin^LN||14.9|g/dL|13.5-17.5|N|||F
OBX|12|NM|777-3^Platelets^LN||231|10*3/uL|150-400|N|||F
NTE|2|L|AAT threshold for increased emphysema risk: 11 umol/L (about 0.57 g/L by nephelometry).
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 3960, "modifiers": []},
        {"hcpcs": "J2252", "units": 40, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("medicare")}
reqs["prior_authorization"] = "not_applicable"

gold = {
    "chart_id": CID,
    "profile": "medicare",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "MMALTON"]},
        {"kind": "genotype", "alleles": ["M", "Z"]},
        {"kind": "serum_aat", "value": 0.39, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 49},
        {"kind": "fev1", "value": 50},
        {"kind": "weight", "value": 66.0, "unit": "kg", "value_kg": 66.0},
        {"kind": "dose", "value": 3960},
        {"kind": "wastage", "value": 40},
        {"kind": "lot_number", "value": "27NMW40"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "infusion_start", "value": "09:15"},
        {"kind": "infusion_end", "value": "09:41"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Complete Medicare chart on J2252 (1 mg units) with JW. Weight 66.0 kg (145.5 lb) one weight; 60 x 66.0 = 3960 = "
        "dose (0 %). Administered J2252 3960 = ceil(3960/1); waste 40 mg -> JW floor(40/1) = 40 -> met. Genotype: IEF "
        "phenotype 'MZ' and DNA 'PI*Z / PI*Mmalton' differ -> both are findings ([M,Z] and [Z,MMALTON]); the DNA pair is "
        "deficient -> met. Serum from SN field '^0.39' g/L (< 0.57). Times hh.mm: start 09.15, stop 09.41. Traps: order "
        "calc = dose; 4 x 1,000 mg vials / 4,000 mg / 80 mL; times 08.52 check-in, 09.00 VS, 09.06 PIV, 09.12 BCMA scan, "
        "09.30, 09.42 waste, 09.43 flush, 09.55, 10.02 discharge, note times 09:58/10:48/10:51/10:55; brother PI*MZ (family); "
        "'heterozygous' variant lines inside a two-deficient-allele report add no M; reference 'MM' and 0.90-2.00 g/L; NTE "
        "threshold 11 umol/L / 0.57 g/L; tamsulosin 0.4 mg, aspirin 81 mg, budesonide 160 mcg; FEV1 50 % (2025) historical."
    ),
}

emit(chart, gold)
