"""b21-008: commercial, Zemaira billed J0257 JZ. Styles (4) pharmacist verification / CDS alerts +
(1) SBAR handoff with the infusion running.
Gaps: code_selection conflict (Zemaira on J0257, the Glassia code), smoking_status conflict (current smoker)."""

CHART_ID = "b21-008"
DOS = "2026-04-21"
PAYER = {"profile": "commercial", "name": "Blue Horizon PPO (commercial)"}
PRIOR_AUTH = "7Q22-55190"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 516, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [4, 1]

D1 = """
NORTHGATE INFUSION CENTER - SHIFT HANDOFF (SBAR)
04/21/2026   18:30     T. Nguyen RN (1030-1830)  ->  S. Abara RN (1230-2100)
Pt: KOWALSKI, Dariusz   55M   MRN NG-0093317   Recliner 11

S: Zemaira weekly - INFUSING. Started at 18:12, R AC 20g PIV, pump 4 mL/min,
   ~70 of 103 mL in. No reaction, no complaints. Pt on his phone, comfortible.
B: AATD w/ emphysema, started augmentation 10/2025 (this is wk 27). PiZZ. Still
   smoking - says ~5 cig/day, down from a pack; on varenicline since March.
   HTN, GERD, L knee replacement 2022. NKDA.
   Auth 7Q22-55190 on file (front desk verified today).
A: Wt 92.3 kg (17:48). VS 17:52 BP 148/88 HR 90 RR 18 SpO2 94 % RA T 36.8.
   Zemaira 2 vials recon'd 17:58: 4 g kit (actual 4,106 mg) + 1 g (actual 1,052 mg)
   = 5,158 mg, whole contents in the bag, nothing left. Lot/exp on verification +
   BCMA (4 g: P100622519 exp 05/2027; 1 g: P100603847 exp 12/2026).
   Pharmacy called at 17:40 re a dose alert (max single dose) - overridden, OK to give.
R: - 15 min VS due ~18:30 (I did 18:27: 142/86, 88, 95 %).
   - finish + flush, post VS, document end time and waste (none expected).
   - he asked for smoking-cessation number again - quitline card on his tray.
   - billing flagged something about the charge code for Zemaira - not our issue,
     pharmacy has a ticket in.
                                                          T. Nguyen RN
"""

D2 = """
NURSING NOTE - receiving RN                04/21/2026  19:05     S. Abara RN
Report received 18:30 at recliner 11 from T. Nguyen RN. Zemaira infusing via R AC
PIV at 4 mL/min, site no redness or swelling.
Zemaira infusion finished 18:39. Flushed w/ 10 mL NS. Post VS 18:41 BP 140/84
HR 86 RR 16 SpO2 95 %. Total given: Zemaira 5,158 mg. No waste - both vials fully
used, nothing discarded.
Pt states since starting the weekly infusions in October he can get up the stairs
at work (2 flights) without stopping, and he hasn't had a flare since January.
Encouraged smoking cessation again, he is "down to 5 a day", quit date set 05/01.
Reviewed s/s of delayed reaction (fever, hives, chest tightness) - verbalized
understanding. Wife present for teaching.
PIV d/c 18:52, intact. Ambulated out 18:56 with wife. Next appt 04/28 18:00.
                                                          S. Abara RN
"""

D3 = """
INFUSION PHARMACY - ORDER VERIFICATION / CDS SUMMARY       Northgate Infusion Center
Patient: KOWALSKI, DARIUSZ   MRN NG-0093317   DOB 06/14/1970
Indication: alpha-1 antitrypsin deficiency (E88.01), phenotype Pi ZZ (ARUP 2025),
   AAT 0.31 g/L (nephelometry, 09/2025); emphysema (J43.9); FEV1 48 % pred (09/2025).
Order: alpha1-proteinase inhibitor (ZEMAIRA) 60 mg/kg IV q7d. Prescriber: M. Feld, MD
Weight used: 92.3 kg (measured 04/21/2026 17:48)

Dose calculation         60 mg/kg x 92.3 kg = 5,538 mg (calculated)
Verified dose            5,158 mg (4 g kit 4,106 mg + 1 g vial 1,052 mg; -6.9 %, within
                         +/- 10 % vial-rounding protocol)
Administered (per MAR)   5,158 mg

ALERTS THIS VERIFICATION
 17:36 DOSE LIMIT - single dose 5,158 mg exceeds formulary max single dose 5,000 mg.
       Override: "Weight-based dosing per label (60 mg/kg); pt 92.3 kg" - RPh K.Lam
 17:37 BPA - TOBACCO USE: current every-day smoker documented 04/21/2026. Payer
       policies for A1PI commonly require non-smoking status. Acknowledge: counseled by RN.
 17:37 PRODUCT / CHARGE MISMATCH: ZEMAIRA NDC 0053-7202 is linked in the charge master
       to HCPCS J0257 (descriptor "Glassia injection, 10 mg"). Expected J0256.
       Action: ticket INC0448120 to revenue integrity. Charge NOT corrected at time of
       verification.
 17:38 IgA level on file 164 mg/dL (2025) - OK.

PROFILE REVIEW
 Home meds: Trelegy Ellipta 1 inh daily, albuterol HFA prn, varenicline 1 mg BID,
   lisinopril 20 mg daily, omeprazole 20 mg daily.
 Renal: SCr 0.9 mg/dL (03/2026). Hepatic: AST/ALT WNL (03/2026).
 Infusion-related reactions: none on record in 26 prior doses.
 Product: single-use vials, reconstitute with supplied diluent, give within 3 h.

Last 3 doses: 04/14 5,158 mg, 04/07 5,158 mg, 03/31 5,020 mg (weight 91.0 kg then).
K. Lam, PharmD   04/21/2026 17:40
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-04-21", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-04-21", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-04-21", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "phenotype Pi ZZ"},
    {"kind": "serum_aat", "value": 0.31, "unit": "g/L", "_doc": "d3", "_ev": "AAT 0.31 g/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "AATD w/ emphysema"},
    {"kind": "fev1", "value": 48, "_doc": "d3", "_ev": "FEV1 48 % pred"},
    {"kind": "smoking_status", "value": "current", "_doc": "d1", "_ev": "Still\n   smoking - says ~5 cig/day"},
    {"kind": "prior_authorization", "value": "7Q22-55190", "_doc": "d1", "_ev": "Auth 7Q22-55190 on file"},
    {"kind": "weight", "value": 92.3, "unit": "kg", "value_kg": 92.3, "_doc": "d1", "_ev": "Wt 92.3 kg (17:48)", "_date": "2026-04-21"},
    {"kind": "weight", "value": 91.0, "unit": "kg", "value_kg": 91.0, "_doc": "d3", "_ev": "weight 91.0 kg then", "_date": "2026-03-31"},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d2", "_ev": "Total given: Zemaira 5,158 mg", "_dos": True},
    {"kind": "dose", "value": 5158, "_doc": "d2", "_ev": "Total given: Zemaira 5,158 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "No waste - both vials fully\nused"},
    {"kind": "lot_number", "value": "P100622519", "_doc": "d1", "_ev": "4 g: P100622519 exp 05/2027"},
    {"kind": "lot_number", "value": "P100603847", "_doc": "d1", "_ev": "1 g: P100603847 exp 12/2026"},
    {"kind": "expiration_date", "value": "2027-05", "_doc": "d1", "_ev": "exp 05/2027"},
    {"kind": "expiration_date", "value": "2026-12", "_doc": "d1", "_ev": "exp 12/2026"},
    {"kind": "infusion_start", "value": "18:12", "_doc": "d1", "_ev": "Started at 18:12"},
    {"kind": "infusion_end", "value": "18:39", "_doc": "d2", "_ev": "Zemaira infusion finished 18:39"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "since starting the weekly infusions in October he can get up the stairs"},
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
    "code_selection": "conflict",
    "smoking_status": "conflict",
    "fev1_range": "met",
}

ARITH = {
    "weight_kg": 92.3, "weight_date": "2026-04-21", "dose_mg": 5158,
    "target_mg": 5538.0, "low_mg": 4984.2, "high_mg": 6091.8, "pct_diff": -6.86, "within_10pct": True,
    "code": "J0257", "billing_unit_mg": 10, "units_expected": 516, "units_billed": 516,
    "waste_mg": 0, "jw_units_expected": 0, "jw_units_billed": None, "modifier": "JZ",
    "expirations": ["2027-05", "2026-12"], "expiration_ok": True,
}

NOTES = """
Evening SBAR handoff with Zemaira running (start 18:12), receiving RN's note with the stop
(18:39), dose, no waste and response; pharmacy verification with CDS alerts (dose limit
override, tobacco BPA quoting payer policy, product/charge-master mismatch).
Gaps: Zemaira billed on J0257 (Glassia's code) -> code_selection conflict (units 516 are right
for a 10 mg code); current smoker (~5 cig/day) -> smoking_status conflict.
Traps: calc 5,538 mg; verified 5,158 (same value as given); vial potencies 4,106/1,052; max dose
5,000 mg; the "Glassia injection" descriptor in the alert is not a product given; "Expected
J0256"; last 3 doses and 03/31 weight 91.0 kg (a finding, not the DOS weight); planned quit
date 05/01; vitals 17:52/18:27/18:41, recon 17:58, pharmacy call 17:40, handoff 18:30,
PIV out 18:52, leave 18:56; IgA 164; next appt 04/28 18:00.
"""
