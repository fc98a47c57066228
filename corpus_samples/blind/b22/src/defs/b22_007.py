# b22-007  medicare  styles (6) mobile voice-to-text nurse notes + (7) late entry / correction by another RN days later
# Gaps: expiration_date conflict (corrected lot KB25J0612 exp 02/28/2026 given 03/11/2026),
#       infusion_times missing (stop never documented; "about seventy five minutes" is a duration).
# Glassia 4,000 mg (4 whole vials), J0257 x400 JZ, "nothing wasted".

CHART_ID = "b22-007"
DOS = "2026-03-11"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
NURSE NOTE - voice dictation (mobile app) - unedited
Patient: BRUNETTI, HAROLD A    MRN 66120934    Date of service: 03/11/2026
Dictated by: Sofia Nakashima, RN    Signed 03/11/2026 12:41

here for his weekly glassia wife brought him shes in the weighting room no complaints except tired slept bad last night wife says he coughed more than usual no fever sputum clear
vital signs 97.8 temp pulse 76 BP 142 over 80 O2 sat 90 percent on 2 liters nasal cannula which is his home oxygen
weight sixty four point two kilos scale by the door so down about a pound from last week
IV 24 gauge right hand second attempt first one blew left AC small bruise ice applied
glasia 4000 milligrams four vials 50 ml each no premeds ordered filtered with the 5 micron filter
lot number K B 25 L 0441 expiration 9/30/2026 verified with Jenna
started at nine forty two rate 0.04 ml per kilo per minute per old protocol doctor wants to keep it slow
ran over about seventy five minutes total no reaction no itching no shortness of breath
all four vials used nothing wasted
flushed and discontinued IV pressure held 2 min gauze and tape
patient says his breathing is better on the infusions than before he started can do his own groceries again and hasn't been in the hospital since last spring
next week same time his daughter will drive him dont forget to order more filters
"""

D2 = """
NURSING - LATE ENTRY / CORRECTION
Author: Darnell Whitfield, RN, Infusion Charge Nurse        Written: 03/16/2026 09:12
LATE ENTRY for date of service 03/11/2026 - BRUNETTI, HAROLD A (MRN 66120934)

Correction to note of 03/11/2026 (S. Nakashima, RN, dictated):
1. Product lot / expiration. Pharmacy reconciliation on 03/13/2026 found that the four
   Glassia vials dispensed for this patient on 03/11 came from lot KB25J0612,
   expiration 02/28/2026. The dictated "K B 25 L 0441 / 9/30/2026" was read from a
   carton staged for another patient and is entered in error.
   Expired product was administered. Occurrence report OR-26-0311-07 filed 03/13; Dr.
   Lau and the patient notified 03/13; no adverse effects reported on phone follow-up
   03/15. Pharmacy quarantine process under review.
2. Infusion stop time. Not documented on 03/11 and cannot be reconstructed: the pump
   history was cleared when the pump went to biomed on 03/12. Start time 09:42 per the
   dictation stands.
3. Dose 4,000 mg and "nothing wasted" unchanged (4 x 1 g vials dispensed, all returned
   empty to pharmacy).
D. Whitfield, RN   03/16/2026 09:30
"""

D3 = """
PULMONARY CLINIC NOTE                                            02/10/2026
Patient: Harold A. Brunetti   74 M   MRN 66120934      Provider: Winston Lau, MD

Problems
- Alpha-1 antitrypsin deficiency, genotype PI*Z/Null (Z plus Q0granite falls null
  allele, SERPINA1 sequencing 2019); pre-treatment AAT 3.1 µmol/L (2019).
- Emphysema, diffuse panlobular; chronic hypoxemic respiratory failure on 2 L O2.
- Former smoker, quit 1995 (40 pk-yr).

Interval: On Glassia weekly since 2020 (Aralast NP 2019-2020). No exacerbations or
admissions in 11 months; stable on augmentation per pt and wife, walks to the mailbox
and back without stopping. Rate kept at 0.04 mL/kg/min after a flushing reaction at a
faster rate in 2023.

Exam: Wt 65.0 kg   BP 138/78   SpO2 91% on 2 L   Diminished breath sounds throughout.
Spirometry today: FEV1 0.74 L (29 % pred), last 0.76 L (30 % pred) 08/2025.

Meds: Glassia IV weekly (infusion center); Breztri 2 puffs BID; albuterol neb prn;
      O2 2 L continuous; tamsulosin 0.4 mg; atorvastatin 20 mg.

Plan
1. Continue Glassia 60 mg/kg IV weekly (~3,900 mg; pharmacy rounds to 4 vials).
2. Continue Breztri, O2 2 L continuous. Pulm rehab declined.
3. If FEV1 drops under 25 % will re-discuss transplant (previously declined).
4. Son (46) PI*MZ - counseled; grandson untested.
W. Lau, MD
"""

D4 = """
NURSE NOTE - voice dictation (mobile app) - unedited
Patient: BRUNETTI, HAROLD A    MRN 66120934    Date of service: 03/04/2026
Dictated by: Sofia Nakashima, RN    Signed 03/04/2026 12:20

weekly glassia four thousand mg four vials lot K B 25 H 0270 exp 7/31/2026 started 9:35 finished ten fifty no reaction weight sixty four point seven kilos nothing wasted IV left hand flushed out
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-11", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-16", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-10", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-03-04", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency, genotype PI*Z/Null"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d3", "_ev": "PI*Z/Null (Z plus Q0granite falls null"},
    {"kind": "serum_aat", "value": 3.1, "unit": "uM", "_doc": "d3", "_ev": "pre-treatment AAT 3.1 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "Emphysema, diffuse panlobular"},
    {"kind": "weight", "value": 64.2, "unit": "kg", "value_kg": 64.2, "_doc": "d1", "_ev": "weight sixty four point two kilos", "_carry": "sixty four point two", "_date": "2026-03-11"},
    {"kind": "weight", "value": 64.7, "unit": "kg", "value_kg": 64.7, "_doc": "d4", "_ev": "weight sixty four point seven kilos", "_carry": "sixty four point seven", "_date": "2026-03-04"},
    {"kind": "weight", "value": 65.0, "unit": "kg", "value_kg": 65.0, "_doc": "d3", "_ev": "Wt 65.0 kg", "_date": "2026-02-10"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "glasia 4000 milligrams"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "all four vials used nothing wasted"},
    {"kind": "lot_number", "value": "KB25J0612", "_doc": "d2", "_ev": "lot KB25J0612"},
    {"kind": "expiration_date", "value": "2026-02-28", "_doc": "d2", "_ev": "expiration 02/28/2026"},
    {"kind": "infusion_start", "value": "09:42", "_doc": "d1", "_ev": "started at nine forty two", "_carry": "nine forty two"},
    {"kind": "fev1", "value": 29, "_doc": "d3", "_ev": "FEV1 0.74 L (29 % pred)"},
    {"kind": "fev1", "value": 30, "_doc": "d3", "_ev": "0.76 L (30 % pred)"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "his breathing is better on the infusions than before he started"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, quit 1995"},
    {"kind": "drug_product", "value": "Glassia", "_doc": "d1", "_ev": "here for his weekly glassia", "_dos": True},
    {"kind": "drug_product", "value": "Aralast NP", "_doc": "d3", "_ev": "(Aralast NP 2019-2020)"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "conflict", "infusion_times": "missing",
    "response_to_therapy": "met", "prior_authorization": "not_applicable", "code_selection": "met",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 64.2, "weight_date": "2026-03-11",
    "dose_mg": 4000, "target_mg": 3852.0, "pct_diff": 3.8, "within_10pct": True,
    "code": "J0257", "billing_unit_mg": 10, "units_expected": 400, "units_billed": 400,
    "vials_mg": [1000, 1000, 1000, 1000], "waste_mg": 0, "jw_expected": 0, "jw_billed": 0,
    "expirations": ["2026-02-28"], "expiration_ok": False,
}

TRAPS = [
    ("d1", "lot number K B 25 L 0441 expiration 9/30/2026", "entered in error per the correction"),
    ("d1", "ran over about seventy five minutes", "duration, not a stop time"),
    ("d1", "0.04 ml per kilo per minute", "rate"),
    ("d1", "down about a pound", "weight change"),
    ("d2", "OR-26-0311-07", "occurrence report number"),
    ("d2", "Start time 09:42 per the\n   dictation stands", "confirms start"),
    ("d3", "~3,900 mg", "approximate planned dose"),
    ("d3", "under 25 %", "hypothetical threshold"),
    ("d3", "Son (46) PI*MZ", "relative"),
    ("d4", "lot K B 25 H 0270 exp 7/31/2026 started 9:35 finished ten fifty", "other date's lot/exp/times"),
    ("d4", "four thousand mg", "other date's dose"),
]

NOTES = """
Gaps: expiration_date conflict and infusion_times missing. The 03/11 dictated note (voice-to-text: no
punctuation, 'nine forty two', 'sixty four point two kilos', 'glasia') gives a lot 'K B 25 L 0441' exp 9/30/2026;
the late entry written 03/16 by the charge RN corrects it: that lot was entered in error, the vials given were lot
KB25J0612 exp 02/28/2026, before the DOS (expired product given, occurrence report filed). The stop time was never
documented and 'ran over about seventy five minutes' is a duration; the late entry says it cannot be
reconstructed. Response 'his breathing is better on the infusions than before he started' is in the nursing
progress note. The 03/04 note (other date: lot KB25H0270, 9:35-ten fifty, four thousand mg) contributes only its
weight 64.7 kg. Genotype PI*Z/Null (Q0granite falls) -> [Z, NULL]. Medicare J0257 400 JZ with 'nothing wasted'.
"""
