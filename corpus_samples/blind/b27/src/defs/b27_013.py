"""b27-013: medicare, complete. Styles (5) the DOS infusion documented only in a late-entry
addendum attached to the previous week's note, and (1) SOAPIE / AIE nursing format (the 01/27
body is SOAPIE; the addendum is written as A-I-E). Glassia 5 vials at actual potency = 4,996 mg;
J0257 500 JZ (ceil 499.6)."""

CHART_ID = "b27-013"
DOS = "2026-02-03"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
FJORDVIEW MEDICAL - INFUSION NURSING PROGRESS NOTE (SOAPIE)
Visit: 01/27/2026        Patient: STRAND, HALVARD E     DOB 12/02/1951    MRN FV-118420
RN: Ingeborg Lysne, RN   Prescriber: Matthias Oduya, MD (Pulmonology)

S: "Same as always - the weekly drip keeps me out of the hospital." No cough change,
   no fever, no new meds. Walks to the post office and back daily (about 1 km).
   Former smoker, stopped 1996.
O: 0905 BP 138/74  HR 68  RR 16  T 36.5  SpO2 94% RA.  Wt 82.6 kg.
   Breath sounds distant, no crackles. PIV 22g L forearm 0914.
A: Severe alpha-1 antitrypsin deficiency (E88.01) with panlobular emphysema (J43.1) on
   weekly Glassia; no hold criteria.
P: Glassia 60 mg/kg IV (pharmacy: 5 vials at actual potency); 5 micron filter.
I: 0926 Glassia started, 0.2 mL/kg/min max (run at 15 mL/min).
        5 vials lot GK25R004 @ 1,010 mg = 5,050 mg, exp 08/31/2027.
   0943 Glassia infusion done. Flush NS. 0955 VS BP 134/72 HR 70 SpO2 95%.
E: Pt states augmentation has kept him out of the hospital for 3 years (2 admissions
   in the year before he started); breathing unchanged from his baseline. PIV out
   1000; discharged 1004. Next 02/03/2026.
I. Lysne, RN  01/27/2026 1015

..........................................................................................
ADDENDUM - LATE ENTRY   Date/time written: 02/04/2026 07:50   Author: Ingeborg Lysne, RN
Applies to: infusion visit 02/03/2026. The 02/03 note was drafted but failed to file
(interface error ticket INC-0088213); documentation re-entered here from the bedside
worksheet. Content below is for 02/03/2026 only.

A (02/03): Arrived 0858, afebrile (36.6), BP 136/76, HR 66, SpO2 94% RA, Wt 82.0 kg.
   No new symptoms; lungs unchanged. AATD / emphysema stable - cleared for dose.
I (02/03):
   0912 PIV 22g R forearm.
   0921 Glassia IV started via 5 micron filter, 15 mL/min.
        Vials: lot GK25T310 x3 @ 1,004 mg = 3,012 mg (exp 11/30/2027)
               lot GK25S127 x2 @   992 mg = 1,984 mg (exp 09/30/2027)
        Dose administered 4,996 mg (five full vials; nothing discarded).
   0938 Glassia completed; NS flush 10 mL.
   0950 VS BP 132/74 HR 68 SpO2 95%.
E (02/03): No urticaria, flushing or chest tightness. Pt again reports he is "holding
   steady" on the infusions and has not needed prednisone this winter. PIV out 0953;
   discharged 0957 with son. Next infusion 02/10/2026.
Addendum e-signed: I. Lysne, RN   02/04/2026 07:58
"""

D2 = """
NORDIC VALLEY MOLECULAR DIAGNOSTICS                    FINAL REPORT
Patient: Strand, Halvard E       DOB 12/02/1951        Sample: serum + EDTA blood
Referring: M. Oduya, MD          Collected: 03/21/2016  Reported: 03/30/2016

Alpha-1 antitrypsin, serum ............ 3.9 µmol/L    (reference 20-48 µmol/L)  LOW
SERPINA1 genotyping ................... c.1096G>A (p.Glu366Lys; Glu342Lys) HOMOZYGOUS
                                         c.863A>T (S) not detected
Interpretation: homozygous for the Z allele; severe alpha-1 antitrypsin deficiency.
Counseling: offspring are obligate carriers of one Z allele.
Signed: E. Haugland, PhD, FACMG   03/30/2016
"""

D3 = """
FJORDVIEW PULMONARY CLINIC - FOLLOW-UP
11/18/2025    Matthias Oduya, MD        Patient: Strand, Halvard E (73 M)

Interval: weekly Glassia since 01/2023 in the Fjordview infusion room. No admissions
since starting (two in 2022). One outpatient exacerbation 03/2025, doxycycline only.
Uses albuterol about twice a week. Sleeps flat. No ankle swelling.

Exam: BP 140/78  HR 70  SpO2 94% RA  Wt 83.1 kg. Distant breath sounds, no wheeze.
Spirometry (post-BD): FEV1 1.54 L (49% pred), FVC 3.70 L, FEV1/FVC 0.42.
  11/2024: FEV1 1.57 L (50% pred).

Assessment / plan:
  AATD (ZZ) with panlobular emphysema - lung function essentially unchanged over the
  year on augmentation; continue Glassia 60 mg/kg IV weekly.
  Would consider home oxygen titration only if resting SpO2 falls to 88% or lower.
  RTC 6 months; spirometry then.
M. Oduya, MD   11/18/2025 16:02
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-01-27", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2016-03-30", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-11-18", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Severe alpha-1 antitrypsin deficiency (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "c.1096G>A (p.Glu366Lys; Glu342Lys) HOMOZYGOUS"},
    {"kind": "serum_aat", "value": 3.9, "unit": "uM", "_doc": "d2", "_ev": "3.9 µmol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "panlobular emphysema (J43.1)"},
    {"kind": "weight", "value": 82.6, "unit": "kg", "value_kg": 82.6, "_date": "2026-01-27", "_doc": "d1", "_ev": "Wt 82.6 kg."},
    {"kind": "weight", "value": 82.0, "unit": "kg", "value_kg": 82.0, "_date": "2026-02-03", "_doc": "d1", "_ev": "Wt 82.0 kg."},
    {"kind": "weight", "value": 83.1, "unit": "kg", "value_kg": 83.1, "_date": "2025-11-18", "_doc": "d3", "_ev": "Wt 83.1 kg"},
    {"kind": "dose", "value": 4996, "_doc": "d1", "_ev": "Dose administered 4,996 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "(five full vials; nothing discarded)"},
    {"kind": "lot_number", "value": "GK25T310", "_doc": "d1", "_ev": "lot GK25T310 x3 @ 1,004 mg = 3,012 mg (exp 11/30/2027)"},
    {"kind": "lot_number", "value": "GK25S127", "_doc": "d1", "_ev": "lot GK25S127 x2 @   992 mg = 1,984 mg (exp 09/30/2027)"},
    {"kind": "expiration_date", "value": "2027-11-30", "_doc": "d1", "_ev": "(exp 11/30/2027)"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d1", "_ev": "(exp 09/30/2027)"},
    {"kind": "infusion_start", "value": "09:21", "_doc": "d1", "_ev": "0921 Glassia IV started"},
    {"kind": "infusion_end", "value": "09:38", "_doc": "d1", "_ev": "0938 Glassia completed"},
    {"kind": "fev1", "value": 49, "_doc": "d3", "_ev": "FEV1 1.54 L (49% pred)"},
    {"kind": "fev1", "value": 50, "_doc": "d3", "_ev": "FEV1 1.57 L (50% pred)"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "Pt states augmentation has kept him out of the hospital for 3 years"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker, stopped 1996."},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "0921 Glassia IV started"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-02-03",
    "weight": {"value": 82.0, "unit": "kg", "kg": 82.0, "date": "2026-02-03"},
    "dose_mg": 4996,
    "target_mg": 4920.0,
    "tolerance_mg": 492.0,
    "deviation_pct": 1.54,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 500,
    "units_billed": 500,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-11-30", "2027-09-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. The 02/03 administration exists only in the late-entry addendum (written 02/04 07:50)
attached to the 01/27 SOAPIE note; the addendum uses A-I-E. Glassia 3 x 1,004 + 2 x 992 = 4,996 mg
(+1.54 % of 4,920 mg), J0257 500 (499.6 rounded up), JZ. Traps: the 01/27 body (0926-0943, lot
GK25R004 exp 08/31/2027, 5,050 mg, wt 82.6 kg listed), per-lot subtotals 3,012 / 1,984 mg, rate
15 mL/min, VS/PIV/arrival/discharge times, addendum write/sign times, interface ticket number,
reference 20-48 umol/L, clinic weight 83.1 kg (11/18, listed), hypothetical home O2 at
88 %, offspring obligate carriers (family), next infusion date.
"""
