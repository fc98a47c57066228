"""b25-002: medicaid, 2 gaps. Style (2) Epic notes printed with Revision History (previous version
shown below the signed version). Glassia 5 vials (4,810 mg labeled), 4,560 mg infused, 250 mg wasted;
claim built from the superseded first version: J0257 481 JZ."""

CHART_ID = "b25-002"
DOS = "2026-03-05"
PAYER = {"profile": "medicaid", "name": "CareSource Ohio Medicaid"}
PRIOR_AUTH = "26-0114839"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 481, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
Hillcrest Health System                                        Printed 3/6/2026 8:14 AM
OKAFOR-LINDQVIST, MAREN J     MRN: E4418203     DOB: 8/2/1971 (54 yo F)
Encounter: 3/5/2026  Infusion Visit - HH Infusion Center Westgate - Baptiste, Idris MD

Progress Notes
Teodora Vance, RN at 3/5/2026 10:31 AM
   Author: Teodora Vance, RN     Service: Infusion Services     Author Type: Registered Nurse
   Filed: 3/5/2026 2:41 PM       Date of Service: 3/5/2026 10:31 AM     Status: Addendum
   Editor: Teodora Vance, RN (Registered Nurse)
   Cosigner: Baptiste, Idris MD at 3/6/2026 7:50 AM
   Related Notes: Original Note by Teodora Vance, RN filed at 3/5/2026 11:58 AM

ADDENDUM 3/5/2026 2:38 PM: The original note listed the dispensed total as infused and no
waste; it was written before pump history was reviewed. Pump history reviewed with pharmacy
(J. Amsel, PharmD): 237 mL delivered = 4,560 mg per order; remainder discarded. Stop time
corrected - 11:22 was the near-end alert, not the end of the infusion.

ALPHA-1 AUGMENTATION - INFUSION NURSING NOTE
Pt arrived 10:18, ambulatory. Two identifiers verified. Medicaid PA 26-0114839 on file
(01/01/2026-06/30/2026 per registration).
Wt 76.0 kg standing scale, shoes off. VS 10:26: BP 124/78, HR 82, RR 18, T 36.9 C, SpO2 94% RA.
Denies fever, change in sputum, steroids or antibiotics since last infusion.
PIV 22g L forearm placed 10:33, + blood return, flushed NS 10 mL.

Glassia (alpha1-proteinase inhibitor [human]) 60 mg/kg x 76.0 kg = 4,560 mg ordered.
Pharmacy dispensed 5 vials, all lot KB25H0291, exp 01/31/2027; labeled potency
958 / 962 / 970 / 955 / 965 mg (4,810 mg total), pooled to 250 mL.
Pump VTBI 237 mL via 5 micron in-line filter, 6 mL/min.
Infusion start 10:47. Infusion end 11:31 (pump history).
Dose infused: 4,560 mg (237 mL).
13 mL (250 mg) left in bag at end of program - discarded in pharmaceutical waste,
witnessed by R. Osei, RN.
Post VS 11:40: BP 120/76, HR 80, SpO2 95% RA. No rash, flushing or dyspnea.
PIV d/c 11:44, tip intact. Discharged ambulatory 11:52. Next appt 3/12/2026 10:30.

Electronically signed by Teodora Vance, RN at 3/5/2026 2:41 PM
Cosigned by Baptiste, Idris MD at 3/6/2026 7:50 AM

Revision History
     Date/Time             User                        Provider Type        Action
   > 3/5/2026  2:41 PM     Teodora Vance, RN           Registered Nurse     Addend
     3/5/2026 11:58 AM     Teodora Vance, RN           Registered Nurse     Sign

Previous Version (Teodora Vance, RN - 3/5/2026 11:58 AM)  [superseded by addendum above]
   Filed by: Teodora Vance, RN   3/5/2026 11:58 AM
   ALPHA-1 AUGMENTATION - INFUSION NURSING NOTE
   Pt arrived 10:18, ambulatory. Two identifiers verified.
   Wt 76.0 kg. VS 10:26: BP 124/78, HR 82, RR 18, T 36.9 C, SpO2 94% RA.
   PIV 22g L forearm 10:33.
   Glassia 4,810 mg infused (5 vials, lot KB25H0291, exp 01/31/2027), entire contents.
   No waste.
   Infusion 10:47 - 11:22. Tolerated, no reaction.
   Discharged ambulatory 11:52.
"""

D2 = """
Hillcrest Health System                                        Printed 3/6/2026 8:15 AM
OKAFOR-LINDQVIST, MAREN J     MRN: E4418203     DOB: 8/2/1971 (54 yo F)
Encounter: 2/19/2026  Office Visit - HH Pulmonary Westgate - Baptiste, Idris MD

Progress Notes
Baptiste, Idris MD at 2/19/2026 3:10 PM
   Author: Baptiste, Idris MD    Service: Pulmonology    Author Type: Physician
   Filed: 2/20/2026 8:11 AM      Date of Service: 2/19/2026 3:10 PM     Status: Signed
   Editor: Baptiste, Idris MD (Physician)

SUBJECTIVE
Ms. Okafor-Lindqvist returns for her 6-month visit. Alpha-1 antitrypsin deficiency, PI*ZZ,
with emphysema; weekly Glassia since 04/2021. One exacerbation in 2025 (June, prednisone
burst) versus four in 2020, the year before augmentation. Walks 2 miles most days. No
hemoptysis. Quit smoking 2019 (18 pack-years); no vaping. Son (27) tested PI*MZ last year.

OBJECTIVE
BP 126/80  HR 78  SpO2 95% RA  Wt 76.3 kg  BMI 27.1
Lungs: distant breath sounds, prolonged expiration, no wheeze.
Spirometry today: post-BD FEV1 1.21 L (47% predicted), FEV1/FVC 0.44.
  02/2025: FEV1 1.24 L (48% predicted).
CT chest 11/2023: panacinar emphysema, basal predominant.

ASSESSMENT / PLAN
1. AATD (E88.01), PI*ZZ - doing well on augmentation: exacerbation frequency down and
   FEV1 nearly unchanged over 12 months (-30 mL). Continue Glassia 60 mg/kg weekly.
2. Emphysema / COPD (J43.1): continue fluticasone furoate-umeclidinium-vilanterol 1 inh
   daily; albuterol prn.
3. If FEV1 falls below 30% predicted, will refer for transplant evaluation.
4. Former smoker - congratulated; no relapse.
RTC 6 months.

Electronically signed by Baptiste, Idris MD at 2/20/2026 8:11 AM

Revision History
     Date/Time             User                        Provider Type        Action
   > 2/20/2026 8:11 AM     Baptiste, Idris MD          Physician            Sign
     2/19/2026 5:02 PM     Baptiste, Idris MD          Physician            Pend

Previous Version (Baptiste, Idris MD - 2/19/2026 5:02 PM)  [pended, not signed]
   Filed by: Baptiste, Idris MD   2/19/2026 5:02 PM
   OBJECTIVE
   BP 126/80  HR 78  SpO2 95% RA  Wt 81.3 kg  BMI 28.9
   (revised 2/20: weight keyed in error - scale read 76.3 kg)
"""

D3 = """
HILLCREST HEALTH SYSTEM - CORE LABORATORY / MOLECULAR DIAGNOSTICS
Patient: OKAFOR-LINDQVIST, MAREN J    MRN: E4418203    DOB: 08/02/1971    Sex: F
Ordering: Baptiste, Idris MD           Collected: 11/16/2020 09:02    Reported: 11/24/2020

Test                               Result        Units     Reference        Flag
Alpha-1-Antitrypsin (nephelometry) 0.41          g/L       0.90 - 2.00      LOW
C-Reactive Protein                 2.2           mg/L      0.0 - 5.0
Immunoglobulin A                   2.31          g/L       0.70 - 4.00

SERPINA1 TARGETED GENOTYPING (PI*S, PI*Z)
  c.863A>T (p.Glu288Val, PI*S) ....... not detected
  c.1096G>A (p.Glu366Lys, PI*Z) ...... detected, homozygous
  Genotype: PI*ZZ
  Interpretation: homozygous for the Z allele, consistent with severe alpha-1
  antitrypsin deficiency. This assay detects only S and Z; null and rare alleles are not
  excluded.
Verified by: L. Haddad, MLS(ASCP)   11/24/2020 13:20
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-05", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-19", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2020-11-24", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "AATD (E88.01), PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Genotype: PI*ZZ"},
    {"kind": "serum_aat", "value": 0.41, "unit": "g/L", "_doc": "d3", "_ev": "Alpha-1-Antitrypsin (nephelometry) 0.41          g/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "panacinar emphysema, basal predominant"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "Emphysema / COPD (J43.1)"},
    {"kind": "weight", "value": 76.0, "unit": "kg", "value_kg": 76.0, "_date": "2026-03-05", "_doc": "d1", "_ev": "Wt 76.0 kg standing scale"},
    {"kind": "weight", "value": 76.3, "unit": "kg", "value_kg": 76.3, "_date": "2026-02-19", "_doc": "d2", "_ev": "Wt 76.3 kg  BMI 27.1"},
    {"kind": "dose", "value": 4560, "_doc": "d1", "_ev": "Dose infused: 4,560 mg (237 mL)."},
    {"kind": "wastage", "value": 250, "_doc": "d1", "_ev": "13 mL (250 mg) left in bag at end of program - discarded"},
    {"kind": "lot_number", "value": "KB25H0291", "_doc": "d1", "_ev": "all lot KB25H0291"},
    {"kind": "expiration_date", "value": "2027-01-31", "_doc": "d1", "_ev": "all lot KB25H0291, exp 01/31/2027"},
    {"kind": "infusion_start", "value": "10:47", "_doc": "d1", "_ev": "Infusion start 10:47."},
    {"kind": "infusion_end", "value": "11:31", "_doc": "d1", "_ev": "Infusion end 11:31 (pump history)."},
    {"kind": "fev1", "value": 47, "_doc": "d2", "_ev": "post-BD FEV1 1.21 L (47% predicted)"},
    {"kind": "fev1", "value": 48, "_doc": "d2", "_ev": "FEV1 1.24 L (48% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "doing well on augmentation: exacerbation frequency down and\n   FEV1 nearly unchanged over 12 months (-30 mL)."},
    {"kind": "prior_authorization", "value": "26-0114839", "_doc": "d1", "_ev": "Medicaid PA 26-0114839 on file"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Quit smoking 2019 (18 pack-years)"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "Glassia (alpha1-proteinase inhibitor [human]) 60 mg/kg"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "conflict",
    "wastage_documented": "conflict",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-03-05",
    "weight": {"value": 76.0, "unit": "kg", "kg": 76.0, "date": "2026-03-05"},
    "dose_mg": 4560,
    "target_mg": 4560.0,
    "tolerance_mg": 456.0,
    "deviation_pct": 0.0,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 456,
    "units_billed": 481,
    "waste_mg": 250,
    "jw_units_expected": 25,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-01-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: units_match_dose conflict (481 units billed = the 4,810 mg dispensed total from the
superseded first version; the addendum documents 4,560 mg infused -> 456 units);
wastage_documented conflict (250 mg discarded is documented but the claim carries JZ and no JW
line; a JW line would be 25 units). Revision history: the previous version's "4,810 mg infused",
"No waste" and "10:47 - 11:22" are superseded by the addendum (end 11:31); the pended progress
note's "Wt 81.3 kg" was keyed in error and corrected to 76.3 kg. Traps: ordered 60 mg/kg x 76.0 =
4,560 mg (equals the dose given), per-vial potencies, 250 mL / 237 mL / 13 mL volumes, arrival
10:18, VS 10:26/11:40, PIV 10:33/11:44, discharge 11:52, next appt; PA validity dates; son PI*MZ;
hypothetical transplant referral below 30 %; IgA 2.31 g/L and CRP; reference 0.90-2.00 g/L;
"S not detected" line.
"""
