# b12-008  medicaid  complete
# Style (own): smart-pump interoperability event history (EHR-integrated large-volume pump, seconds,
# channel A/B, alarms, pause/restart) + narrative infusion nursing note + pulmonary note.
# Zemaira 4,280 mg with 714 mg waste, J0256 x428 + JW x71.

_pump = """BD Alaris(TM) System - Interoperability Event History            Report generated 09/30/2025 10:52:07 CDT
Facility: OUR LADY OF THE BAYOU MEDICAL CENTER - OP INFUSION          Care area profile: ADULT INFUSION CTR
PC unit S/N 12984473    Modules: A = LVP 8100 (S/N 3311870)   B = LVP 8100 (S/N 3311902)
Drug library: OLOB_2025.07.3 (active since 07/22/2025)
Patient: BOUDREAUX, TERRENCE J    MRN 6630902    Encounter 3309812-04    Export window 09:45:00 - 10:45:00

Timestamp (CDT)        Ch  Event                              Detail
---------------------  --  ---------------------------------  ------------------------------------------------------
09/30/2025 09:51:02    --  Power on / self test passed        Battery 100%
09/30/2025 09:52:40    --  Profile confirmed                  ADULT INFUSION CTR
09/30/2025 09:58:17    --  Patient associated                 MRN 6630902 (wristband barcode), RN ID 40877
09/30/2025 10:00:48    B   Auto-program received              Order 55109288: SODIUM CHLORIDE 0.9% 250 mL; 50 mL/h (KVO/flush)
09/30/2025 10:01:03    B   Program confirmed by user          RN ID 40877 (ALEBLANC)
09/30/2025 10:01:29    A   Auto-program received              Order 55109271: ALPHA-1 PROTEINASE INHIB (ZEMAIRA) 4280 mg / 82.3 mL
                                                              Dose mode: mg/kg -> 60 mg/kg x 71.3 kg; Rate 340 mL/h; VTBI 82.3 mL
09/30/2025 10:01:55    A   Guardrails check                   Rate within limits (soft max 0.08 mL/kg/min = 342 mL/h)
09/30/2025 10:02:10    A   Program confirmed by user          RN ID 40877 (ALEBLANC)
09/30/2025 10:03:40    A   INFUSION STARTED                   Rate 340 mL/h  VTBI 82.3 mL
09/30/2025 10:08:55    A   ALARM: AIR-IN-LINE DOWNSTREAM      Infusion paused; Volume infused 29.9 mL
09/30/2025 10:09:31    A   Alarm silenced                     RN ID 40877
09/30/2025 10:10:02    A   INFUSION RESTARTED                 Rate 340 mL/h  VTBI remaining 52.4 mL
09/30/2025 10:15:10    --  Auto-documentation sent to EHR     Ch A volume infused 57.5 mL
09/30/2025 10:19:22    A   Near end of infusion               VTBI remaining 4.6 mL
09/30/2025 10:20:14    A   INFUSION COMPLETE (VTBI reached)   Volume infused 82.3 mL; switched to KVO 1 mL/h
09/30/2025 10:20:40    B   INFUSION STARTED                   Rate 50 mL/h  VTBI 20 mL (line flush)
09/30/2025 10:21:30    A   Channel off                        Total volume A 82.3 mL
09/30/2025 10:44:41    B   INFUSION COMPLETE                  Volume infused 20.0 mL
09/30/2025 10:44:58    B   Channel off
09/30/2025 10:45:00    --  End of export window

Totals:  Ch A 82.3 mL (ZEMAIRA)   Ch B 20.0 mL (NS 0.9%)
Note: Pump history reflects pump events only; drug amounts shown are the programmed order values.
"""

_rn = """OUR LADY OF THE BAYOU MEDICAL CENTER - OUTPATIENT INFUSION
NURSING INFUSION NOTE                                           Date: 09/30/2025
Patient: Terrence J. Boudreaux   61 M   MRN 6630902   Payer: Healthy Blue Louisiana (Medicaid)
Nurse: Amelie LeBlanc, RN        Ordering: Reginald Fontenot, MD (Pulmonology)

Mr. Boudreaux arrived at 09:40 for his weekly Zemaira infusion, accompanied by his wife.
He reports his breathing is at baseline; no fever, no increase in sputum, no antibiotics
or steroids since his last visit. He used his rescue inhaler once this week after mowing.

Vital signs at 09:47: T 36.8 C, HR 88, BP 138/84, RR 18, SpO2 93% on room air.
Weight 71.3 kg on the standing scale (72.0 kg at his 09/02 clinic visit). Hold criteria
reviewed: none met.

A 22 g PIV was placed in the right forearm at 09:55 on the first attempt, good blood
return, flushed easily.

Preparation: one Zemaira 4 g kit vial (actual potency 3,976 mg, lot P100447310,
exp 02/28/2027) and one 1 g vial (actual potency 1,018 mg, lot P100449012, exp 03/31/2027)
were reconstituted by pharmacy with the supplied diluent (76 mL and 20 mL) and delivered at
09:59. Total reconstituted 4,994 mg. Dose ordered 60 mg/kg x 71.3 kg; 4,280 mg (82.3 mL)
drawn into the infusion container. The remaining 714 mg (13.7 mL) in the 1 g vial was
discarded in the pharmaceutical waste container, witnessed by Paul Tran, PharmD, at 10:00.

Administration: Zemaira 4,280 mg IV by pump (channel A) at 340 mL/hr. Infusion started
1003. At 10:08 the pump alarmed for air in line; the infusion was paused, the air was
cleared at the distal port, and the infusion was restarted at 10:10 without loss of drug.
Infusion completed 1020; the line was then flushed with normal saline on channel B.

Monitoring: 10:12 HR 86, BP 134/80, SpO2 94%; 10:22 HR 84, BP 132/80, SpO2 94%;
10:40 HR 82, BP 130/78, SpO2 94%. No flushing, itching, chest tightness, or dyspnea.

PIV removed at 10:46, catheter intact. Discharged at 10:50, ambulatory with wife, in
stable condition. Next appointment 10/07/2025 at 09:30.

Pump event history attached (BD Alaris interoperability export).

Amelie LeBlanc, RN   09/30/2025 11:03
Waste cosign: Paul Tran, PharmD   09/30/2025 11:10
"""

_note = """BAYOU PULMONARY & SLEEP - CLINIC NOTE
Date: 09/02/2025     Provider: Reginald Fontenot, MD
Patient: Terrence J. Boudreaux    DOB 01/08/1964    MRN 6630902
Insurance: Healthy Blue Louisiana (Medicaid managed care)

HPI
61-year-old former shrimp-boat mechanic with alpha-1 antitrypsin deficiency (Pi*ZZ) and
severe emphysema, on weekly Zemaira since 04/2022. He comes for his 6-month visit and for
annual reauthorization paperwork. Since his last visit he has had no hospitalizations and
one flare in February treated with prednisone 40 mg x 5 days. Before augmentation he was
hospitalized twice a year. He is walking to the end of his road and back (about 800 m)
with one rest. He is on 2 L oxygen at night only. Quit smoking 2011 (40 pack-years);
confirms no smoking, no vaping; exhaled CO today 3 ppm.

PMH: AATD; emphysema / COPD GOLD 4; nocturnal hypoxemia; type 2 diabetes; hypertension;
chronic low back pain.
Medications: umeclidinium/vilanterol 62.5/25 1 inhalation daily; budesonide 180 mcg 2 puffs
BID; albuterol PRN; roflumilast 500 mcg daily; metformin 1,000 mg BID; lisinopril 20 mg;
gabapentin 300 mg TID; O2 2 L/min nocturnal; Zemaira weekly.
Family: daughter (34) PI*MZ; his late father had "black lung" (coal miner in Kentucky).

EXAM
Weight 72.0 kg; BP 136/82; HR 90; SpO2 92% RA at rest. Barrel chest, distant breath
sounds, prolonged expiration. Trace ankle edema.

DATA
- Serum AAT 7.2 umol/L (2021, pre-treatment; ref 20-48 umol/L).
- Pi*ZZ on IEF phenotyping; SERPINA1 targeted genotyping confirms Z/Z.
- CT 2021: severe panlobular emphysema, lower lobe predominant; bullae in both bases.
- Spirometry 08/2025: FEV1 0.96 L, 33% predicted (post-BD), FEV1/FVC 0.31.
- Echo 2024: normal RV size, estimated PASP 34 mmHg.

ASSESSMENT AND PLAN
1. AATD Pi*ZZ with severe emphysema (E88.01, J43.1). Responding to augmentation: exacerbations
   down from 2 admissions/year to one outpatient flare in 12 months, FEV1 stable at 33% vs
   34% last year. Continue Zemaira 60 mg/kg IV weekly. Reauthorization: Healthy Blue PA#
   HB-LA-2025-330917 approved 09/01/2025 - 08/31/2026.
2. Former smoker, abstinent 14 years - confirmed today.
3. Nocturnal hypoxemia - continue 2 L/min at night.
4. Diabetes - A1c 7.1%, per PCP.
5. Pulmonary rehab referral renewed. Consider lung-volume reduction evaluation only if FEV1
   falls further and CT shows suitable target areas - not now.
Return 6 months.

Reginald Fontenot, MD   09/02/2025 16:44
"""

CHART = {
    "chart_id": "b12-008",
    "date_of_service": "2025-09-30",
    "payer": {"profile": "medicaid", "name": "Healthy Blue Louisiana (Medicaid MCO)"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 428, "modifiers": []},
        {"hcpcs": "J0256", "units": 71, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-09-30", "text": _pump},
        {"id": "d2", "type": "infusion_record", "date": "2025-09-30", "text": _rn},
        {"id": "d3", "type": "progress_note", "date": "2025-09-02", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-008",
    "profile": "medicaid",
    "requirements": {
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
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 7.2, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 33},
        {"kind": "fev1", "value": 34},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 71.3, "unit": "kg", "value_kg": 71.3},
        {"kind": "weight", "value": 72.0, "unit": "kg", "value_kg": 72.0},
        {"kind": "dose", "value": 4280},
        {"kind": "wastage", "value": 714},
        {"kind": "lot_number", "value": "P100447310"},
        {"kind": "lot_number", "value": "P100449012"},
        {"kind": "expiration_date", "value": "2027-02-28"},
        {"kind": "expiration_date", "value": "2027-03-31"},
        {"kind": "infusion_start", "value": "10:03"},
        {"kind": "infusion_end", "value": "10:20"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "HB-LA-2025-330917"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete. Pump log (seconds, channels): A started 10:03:40, paused by air-in-line 10:08:55, "
        "restarted 10:10:02, complete 10:20:14 -> start 10:03, end 10:20 (the nursing note says 1003 "
        "and 1020); the pause/restart is not a stop; channel B NS flush 10:20:40-10:44:41, power-on, "
        "patient association, auto-program and guardrail times are not infusion times. Pump mg values "
        "are programmed order values; the nurse documents 4,280 mg given. Reconstituted total 4,994 mg "
        "(3,976 + 1,018 actual potency) is not the dose; waste 714 mg -> JW floor(71.4) = 71, admin "
        "ceil(428.0) = 428. Daughter PI*MZ and father's 'black lung' are family. Other drugs: "
        "prednisone, metformin, gabapentin, roflumilast. Exhaled CO 3 ppm supports 'former'."
    ),
}

ARITH = {
    "dos": "2025-09-30",
    "profile": "medicaid",
    "product": "Zemaira",
    "code": "J0256",
    "weight": {"value": 71.3, "unit": "kg", "kg": 71.3},
    "dose_mg": 4280,
    "target_mg": 4278.0,
    "deviation_pct": 0.05,
    "vials": [
        {"nominal_mg": 4000, "labeled_mg": 3976, "lot": "P100447310"},
        {"nominal_mg": 1000, "labeled_mg": 1018, "lot": "P100449012"},
    ],
    "waste_mg": 714,
    "admin_units_expected": 428,
    "billed_admin_units": 428,
    "jw_units_expected": 71,
    "billed_jw_units": 71,
    "modifier_expectation": "JW line x71; no JZ",
    "lots": [
        {"lot": "P100447310", "exp": "2027-02-28", "expired": False},
        {"lot": "P100449012", "exp": "2027-03-31", "expired": False},
    ],
}
