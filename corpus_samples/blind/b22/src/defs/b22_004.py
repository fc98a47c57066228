# b22-004  medicaid  styles (6) mobile voice-to-text nurse note + (4) inline prior values / trend table
# Gaps: dose_matches_weight conflict (3,840 mg given at 56.4 kg: old order written at ~64 kg; +13.5 %),
#       wastage_documented conflict (160 mg documented -> JW 16, claim JW 20).
# Aralast NP J0256 x384 + JW x20.

CHART_ID = "b22-004"
DOS = "2025-11-18"
PAYER = {"profile": "medicaid", "name": "Lakeview Community Health Plan (Medicaid MCO)"}
PRIOR_AUTH = "LCHP-55291074"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 384, "modifiers": []},
    {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
MOBILE NURSING NOTE (dictated - Dragon Medical One, iPhone)   ** dictated, not proofread **
Patient: TATE, ROSALIND J    MRN 2209318    DOS 11/18/2025    Author: Keisha Barnwell, RN
Entered 11/18/2025 13:06

pt here for weekly Aralast NP arrived 0915 with daughter ambulatory states appetite a little better this week nausea better denies fever chills chest pain cough same as usual white sputum no blood
weight today fifty six point four kg on scale 2 down from 57 kg on the 4th dietitian appt is next week
vitals BP one twelve over 68 heart rate 88 temp 36.4 sats 91 percent room air uses 2 liters at night only
22 gauge left forearm first stick good blood return flushed 10 ml saline
premeds per order acetaminophen 650 mg po and loratadine 10 mg po at 0938
aralast NP three thousand 840 mg from pharmacy for vials 1 gram each lot number LA07K118B expiration date June 30 2026 label checked with second nurse
per pharmacy label the dose was not changed yet still the old order Dr Faulk office called at 0930 left message about the wait change no call back before start
infusion started at nine forty two rate per pump 0.08 ml per kg per minute
vitals at 10 05 stable BP 108/64 heart rate 86 sats 92 percent
infusion finished 10 28 no issues patient tolerated well know signs of reaction no rash no wheezing
wasted one hundred sixty mg left in 4th vial in the black bin witnessed by T Moreau RN
flushed line site clean PIV out at 10 40 catheter intact
pt discharged 1050 with daughter next appt 11/25 at 9 am reminded to bring her list of supplements
daughter asked if the dose should go down since she lost weight told her I would let Dr Faulk know again and sent inbox message at 1102
last week she got the same 3840 mg and ran 9 45 to 10 30 so no change there
"""

D2 = """
PULMONARY CLINIC - PROGRESS NOTE                               11/04/2025
Pt: TATE, ROSALIND J   61 F   MRN 2209318        Provider: Gregory Faulk, MD
Medicaid: Lakeview Community Health Plan    PA# LCHP-55291074 (Aralast NP, 07/01/25-06/30/26)

Interval: AATD (PiZZ) with emphysema on weekly Aralast NP since 06/2024, here for 3-month
f/u. Poor appetite x6 wk after dental extractions, unintentional wt loss. Breathing
stable; no exacerbations since 03/2025 (was 3 in the 12 mo before augmentation started).
Former smoker, quit 2014 (35 pk-yr). Uses O2 2 L at night.

Vitals: Wt 57.0 kg (prev 63.9 kg 08/12)  Δ -6.9 kg ↓↓   BMI 21.7 (was 24.3)
        BP 118/70   HR 84   SpO2 92 % RA (prev 93 %)

PFT trend (post-BD)
  Date        FEV1            FVC       FEV1/FVC   DLCO
  11/04/25    0.86 L (37 %)   2.11 L    0.41       38 %
  05/06/25    0.88 L (38 %)   2.15 L    0.41       --
  11/12/24    0.84 L (36 %)   2.09 L    0.40       40 %
  -> FEV1 37 %, last 38 % (05/25); no decline over 12 mo on augmentation.

Labs 11/04: albumin 3.4 (was 3.9 ↓), prealbumin 14 (↓ from 21), ALT 22, CRP 3.1
Exam: thin, no distress; decreased breath sounds throughout, prolonged expiration; no
edema; oral mucosa healing well after extractions.

Meds: Aralast NP IV weekly (infusion suite) | Trelegy 1 inh daily | albuterol HFA prn |
      ondansetron 4 mg ODT prn nausea | Ensure BID (new) | O2 2 L nocturnal

AAT trough 10/2025: 16.8 µM (was 15.9 µM 04/2025), on therapy
Baseline AAT 0.38 g/L (06/2023, pre-treatment); phenotype PiZZ

A/P
1. AATD PiZZ with panlobular emphysema - continue Aralast NP weekly. Current order
   3,840 mg was written at 64 kg (08/2025); will change to 60 mg/kg x current wt,
   ~3,420 mg, once pharmacy verifies. RN to reweigh every visit.
2. COPD GOLD 4 - Trelegy daily, albuterol prn, nocturnal O2 2 L.
3. Wt loss - dietitian referral, Ensure BID. If wt falls below 55 kg will discuss
   feeding-tube evaluation.
4. Tobacco: remains abstinent, congratulated.
RTC 3 months.   Gregory Faulk, MD
"""

D3 = """
TRI-COUNTY CLINICAL LABORATORY          Report date 06/22/2023
Patient: TATE, ROSALIND J    DOB 02/14/1964    Specimen: serum, drawn 06/20/2023
Ordered by: G. Faulk, MD
  ALPHA-1 ANTITRYPSIN, QUANT ......... 0.38 g/L   (L)   ref 0.90-2.00 g/L
  ALPHA-1 ANTITRYPSIN PHENOTYPE ...... PI ZZ           (normal: PI MM)
  Method: nephelometry / isoelectric focusing
Comment: ZZ phenotype, severe alpha-1 antitrypsin deficiency. Recommend family
testing of siblings and children. DNA genotyping not performed on this specimen.
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2025-11-18", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2025-11-04", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2023-06-22", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "AATD (PiZZ) with emphysema"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "PI ZZ"},
    {"kind": "serum_aat", "value": 0.38, "unit": "g/L", "_doc": "d3", "_ev": "0.38 g/L", "_method": "nephelometry"},
    {"kind": "serum_aat", "value": 16.8, "unit": "uM", "_doc": "d2", "_ev": "AAT trough 10/2025: 16.8 µM"},
    {"kind": "serum_aat", "value": 15.9, "unit": "uM", "_doc": "d2", "_ev": "was 15.9 µM 04/2025"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "PiZZ with panlobular emphysema"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD GOLD 4"},
    {"kind": "weight", "value": 56.4, "unit": "kg", "value_kg": 56.4, "_doc": "d1", "_ev": "weight today fifty six point four kg", "_carry": "fifty six point four", "_date": "2025-11-18"},
    {"kind": "weight", "value": 57.0, "unit": "kg", "value_kg": 57.0, "_doc": "d2", "_ev": "Wt 57.0 kg", "_date": "2025-11-04"},
    {"kind": "weight", "value": 63.9, "unit": "kg", "value_kg": 63.9, "_doc": "d2", "_ev": "prev 63.9 kg 08/12", "_date": "2025-08-12"},
    {"kind": "dose", "value": 3840, "_doc": "d1", "_ev": "aralast NP three thousand 840 mg", "_carry": "three thousand 840"},
    {"kind": "wastage", "value": 160, "_doc": "d1", "_ev": "wasted one hundred sixty mg", "_carry": "one hundred sixty"},
    {"kind": "lot_number", "value": "LA07K118B", "_doc": "d1", "_ev": "lot number LA07K118B"},
    {"kind": "expiration_date", "value": "2026-06-30", "_doc": "d1", "_ev": "expiration date June 30 2026", "_carry": "June 30 2026"},
    {"kind": "infusion_start", "value": "09:42", "_doc": "d1", "_ev": "infusion started at nine forty two", "_carry": "nine forty two"},
    {"kind": "infusion_end", "value": "10:28", "_doc": "d1", "_ev": "infusion finished 10 28", "_carry": "10 28"},
    {"kind": "fev1", "value": 37, "_doc": "d2", "_ev": "0.86 L (37 %)"},
    {"kind": "fev1", "value": 38, "_doc": "d2", "_ev": "0.88 L (38 %)"},
    {"kind": "fev1", "value": 36, "_doc": "d2", "_ev": "0.84 L (36 %)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "no decline over 12 mo on augmentation"},
    {"kind": "prior_authorization", "value": "LCHP-55291074", "_doc": "d2", "_ev": "PA# LCHP-55291074"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Former smoker, quit 2014"},
    {"kind": "drug_product", "value": "Aralast NP", "_doc": "d1", "_ev": "aralast NP three thousand 840 mg", "_dos": True},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "conflict", "units_match_dose": "met", "wastage_documented": "conflict",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": DOS, "administered": True, "weight_kg": 56.4, "weight_date": "2025-11-18",
    "dose_mg": 3840, "target_mg": 3384.0, "pct_diff": 13.5, "within_10pct": False,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 384, "units_billed": 384,
    "vials_mg": [1000, 1000, 1000, 1000], "waste_mg": 160, "jw_expected": 16, "jw_billed": 20,
    "expirations": ["2026-06-30"], "expiration_ok": True,
}

TRAPS = [
    ("d1", "down from 57 kg on the 4th", "clinic weight (also a finding)"),
    ("d1", "acetaminophen 650 mg po", "premed"),
    ("d1", "loratadine 10 mg po at 0938", "premed time"),
    ("d1", "arrived 0915", "arrival"),
    ("d1", "vitals at 10 05", "vital-sign time"),
    ("d1", "PIV out at 10 40", "PIV removal"),
    ("d1", "discharged 1050", "discharge"),
    ("d1", "last week she got the same 3840 mg and ran 9 45 to 10 30", "last week's times"),
    ("d1", "0.08 ml per kg per minute", "rate"),
    ("d2", "written at 64 kg (08/2025)", "order basis weight (rounded 63.9)"),
    ("d2", "~3,420 mg", "planned new dose"),
    ("d2", "below 55 kg", "hypothetical threshold"),
    ("d2", "BMI 21.7 (was 24.3)", "BMI"),
    ("d3", "ref 0.90-2.00 g/L", "reference range"),
    ("d3", "(normal: PI MM)", "reference phenotype"),
]

NOTES = """
Gaps: dose_matches_weight conflict - the voice note gives 'three thousand 840 mg' at 'fifty six point four kg'
(60 x 56.4 = 3,384 mg; +13.5 %); the pharmacy label still carried the order written at 64 kg in 08/2025 and the
clinic's new ~3,420 mg is only planned. wastage_documented conflict - 'wasted one hundred sixty mg' -> JW 16,
the claim carries JW 20. Voice-to-text: lost punctuation, numbers as words and digits ('nine forty two',
'10 28', 'one twelve over 68'), homophones ('for vials', 'know signs', 'wait change'). Inline prior values in the
clinic note: Wt 57.0 kg (prev 63.9 kg 08/12) Δ -6.9 kg, FEV1 37 % last 38 %, trend table (36 %), AAT trough
16.8 uM (was 15.9 uM) on therapy (findings, above threshold) and baseline 0.38 g/L (met). Traps: last week's
3840 mg and 9 45-10 30, premed times, vitals 10 05, PIV out 10 40, discharge 1050, hypothetical <55 kg, reference
range and 'normal: PI MM'.
"""
