"""b27-005: medicaid, complete. Styles (4) pharmacist dose-verification note (lb -> kg
conversion, calculated vs nominal vs actual-potency vial totals, percent deviations) and (1)
SOAPIE nursing note. Glassia 4 vials, actual 3,984 mg, J0257 399 JZ (ceil 398.4)."""

CHART_ID = "b27-005"
DOS = "2026-03-10"
PAYER = {"profile": "medicaid", "name": "Sunflower State Medicaid (managed care)"}
PRIOR_AUTH = "MCD-RX-26-118204"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 399, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
PHARMACIST DOSE VERIFICATION - WEIGHT-BASED BIOLOGIC
Mercy Ridge Ambulatory Infusion Pharmacy             03/10/2026 09:31
Pt: NAKASHIMA-REYES, LUCIA     MRN 44-820917     DOB 02/08/1977
Drug: GLASSIA (alpha1-proteinase inhibitor [human]) 1 g/50 mL solution
Order (Dr. H. Baptiste): 60 mg/kg IV weekly; order text reads "Glassia 3,810 mg"

1) Weight
   Triage wt today 140 lb -> 140 / 2.2046 = 63.5 kg
   (prev dosing wt 64.4 kg on 12/02/2025 - change 1.4 %, < 5 %, no re-base needed
   by protocol, but today's weight used because order is written per kg)
2) Calculated dose
   60 mg/kg x 63.5 kg = 3,810 mg
3) Vial rounding (protocol RX-ROUND-3: round to whole vials if within +/-10 %)
   Nominal: 4 vials x 1,000 mg = 4,000 mg  -> (4,000 - 3,810)/3,810 = +4.99 %
   Actual potency on cartons:
     lot GL25K118   2 vials x 1,004 mg = 2,008 mg   exp 12/31/2027
     lot GL25M073   2 vials x   988 mg = 1,976 mg   exp 02/29/2028
     total 3,984 mg -> (3,984 - 3,810)/3,810 = +4.57 %  -> within 10 %, ACCEPT
   3 vials (max 3,012 mg) would be -20.9 % -> not acceptable.
4) Volume / rate
   4 x 50 mL = 200 mL; max rate 0.2 mL/kg/min x 63.5 kg = 12.7 mL/min
   -> run at 12 mL/min, about 17 min. 5 micron in-line filter.
5) Intervention
   Order text "3,810 mg" vs whole-vial 3,984 mg: paged Dr. Baptiste 0918, approved
   rounding to 4 whole vials (no partial vial, nothing to discard). Order annotated.
6) Other
   Cetirizine 10 mg PO premed verified. IgA 164 mg/dL (2021). No duplicate therapy.
   PA on file MCD-RX-26-118204 (valid 01/01/26-12/31/26).
Dispensed 4 vials (unopened, to be spiked at chairside).
Verified: Anjali Deshpande, PharmD   03/10/2026 09:38
"""

D2 = """
NURSING NOTE - SOAPIE                     Mercy Ridge Infusion Center, Bay 2
Patient: Nakashima-Reyes, Lucia    DOB 02/08/1977    Date: 03/10/2026
RN: Paulette Grimaldi, RN

S: Pt here for weekly Glassia. "I haven't had a single flare since Thanksgiving."
   Feels her stamina is better - back to part-time work at the library since January.
   Denies fever, cough change, wheeze, rash, missed doses. Never smoked; no vaping.
   Her son (19) had the blood test last month - told he is PI*MS, a carrier.

O: 0914 T 36.9  HR 84  RR 16  BP 118/70  SpO2 95% RA
   Wt 140 lb (63.5 kg) on chair scale.
   Breath sounds clear but diminished at bases. No edema.
   0935 PIV 22g R forearm, blood return present.

A: - Alpha-1 antitrypsin deficiency, Pi SZ, on augmentation: no hold criteria today.
   - COPD (J44.9) with centrilobular emphysema on CT 2024: at baseline.
   - Infusion readiness: meets criteria.

P: Glassia per pharmacy verification (4 vials); premed cetirizine; monitor VS q15 min
   during infusion and 15 min after.

I: 0950 Cetirizine 10 mg PO given.
   1012 Glassia infusion started via R forearm PIV, 12 mL/min, 5 micron filter.
        4 vials spiked: lot GL25K118 (x2, exp 12/31/2027), lot GL25M073 (x2,
        exp 02/29/2028). Total dose infused 3,984 mg (4 full vials - no waste).
   1020 VS 116/70, HR 86, SpO2 95%.
   1029 Glassia infusion completed; flushed NS 20 mL.
   1044 VS 120/72, HR 80, SpO2 96%. PIV removed 1046, tip intact.

E: No signs of hypersensitivity during or after infusion. Pt reports augmentation
   has made a real difference: no exacerbations in over 3 months compared with
   monthly steroid bursts the year before starting Glassia. Goals met; pt discharged
   ambulatory 1050. Next infusion 03/17/2026 0915.

P. Grimaldi, RN  03/10/2026 10:58
"""

D3 = """
NORTHWIND CLINICAL LABORATORIES                          REPORT: FINAL
Patient: NAKASHIMA-REYES, LUCIA      DOB 02/08/1977     Sex F
Ordering: Harold Baptiste, MD        Collected: 06/14/2021 08:05   Reported: 06/22/2021

Alpha-1 Antitrypsin, Quantitative        9.6 umol/L    LOW    (ref 20-48 umol/L)
Alpha-1 Antitrypsin Phenotype            Pi SZ         ABN    (ref Pi MM)
C-Reactive Protein                       2.4 mg/L              (ref <5.0)

Interpretation: Pi SZ phenotype with serum AAT 9.6 umol/L, below the 11 umol/L
protective threshold - consistent with alpha-1 antitrypsin deficiency (SZ type).
Recommend family testing.
Electronically verified by D. Kamara, MLS(ASCP) 06/22/2021 11:14
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-10", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-10", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2021-06-22", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "Alpha-1 antitrypsin deficiency, Pi SZ, on augmentation"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d3", "_ev": "Alpha-1 Antitrypsin Phenotype            Pi SZ"},
    {"kind": "serum_aat", "value": 9.6, "unit": "uM", "_doc": "d3", "_ev": "9.6 umol/L    LOW"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD (J44.9)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "centrilobular emphysema on CT 2024"},
    {"kind": "weight", "value": 140, "unit": "lb", "value_kg": 63.5, "_date": "2026-03-10", "_doc": "d2", "_ev": "Wt 140 lb (63.5 kg) on chair scale"},
    {"kind": "weight", "value": 64.4, "unit": "kg", "value_kg": 64.4, "_date": "2025-12-02", "_doc": "d1", "_ev": "prev dosing wt 64.4 kg on 12/02/2025"},
    {"kind": "dose", "value": 3984, "_doc": "d2", "_ev": "Total dose infused 3,984 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "(4 full vials - no waste)"},
    {"kind": "lot_number", "value": "GL25K118", "_doc": "d2", "_ev": "lot GL25K118 (x2, exp 12/31/2027)"},
    {"kind": "lot_number", "value": "GL25M073", "_doc": "d2", "_ev": "lot GL25M073 (x2,\n        exp 02/29/2028)"},
    {"kind": "expiration_date", "value": "2027-12-31", "_doc": "d2", "_ev": "lot GL25K118 (x2, exp 12/31/2027)"},
    {"kind": "expiration_date", "value": "2028-02-29", "_doc": "d2", "_ev": "exp 02/29/2028)"},
    {"kind": "infusion_start", "value": "10:12", "_doc": "d2", "_ev": "1012 Glassia infusion started"},
    {"kind": "infusion_end", "value": "10:29", "_doc": "d2", "_ev": "1029 Glassia infusion completed"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "Pt reports augmentation\n   has made a real difference: no exacerbations in over 3 months"},
    {"kind": "prior_authorization", "value": "MCD-RX-26-118204", "_doc": "d1", "_ev": "PA on file MCD-RX-26-118204"},
    {"kind": "smoking_status", "value": "never", "_doc": "d2", "_ev": "Never smoked"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d2", "_ev": "1012 Glassia infusion started"},
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-03-10",
    "weight": {"value": 140, "unit": "lb", "kg": 63.5, "date": "2026-03-10"},
    "dose_mg": 3984,
    "target_mg": 3810.0,
    "tolerance_mg": 381.0,
    "deviation_pct": 4.57,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 399,
    "units_billed": 399,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-12-31", "2028-02-29"],
    "expiration_ok": True,
}

NOTES = """
Complete. Glassia 4 whole vials at actual potency 2 x 1,004 + 2 x 988 = 3,984 mg (+4.57 % of
3,810 mg); J0257 399 units (398.4 rounded up), JZ. The DOS weight is written "140 lb (63.5 kg)":
one weighing, listed in lb as first written (value_kg 63.5); the pharmacist's 140 / 2.2046 =
63.5 kg is the same weighing converted. Traps: order text 3,810 mg; nominal 4,000 mg (+4.99 %);
3-vial option 3,012 mg; rate 12.7 mL/min and volume 200 mL; previous dosing weight 64.4 kg
(listed); cetirizine 10 mg; IgA; VS/PIV/discharge times; son PI*MS (family); reference Pi MM and
20-48 umol/L; 11 umol/L threshold in the lab interpretation. Pi SZ is deficient for medicaid.
"""
